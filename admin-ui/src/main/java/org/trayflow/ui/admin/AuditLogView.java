package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.counted;
import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.trayflow.audit.AuditActions;
import org.trayflow.audit.AuditLog;
import org.trayflow.audit.AuditRecord;
import org.trayflow.audit.AuditSearch;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * What the people of this hospital organisation changed, newest first: found by person, action,
 * days and text, shown in the hospital's time and words, and exported as CSV for whoever audits the
 * hospital.
 */
@Route(value = "audit-log", layout = MainLayout.class)
@ScreenTitle("nav.auditLog")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class AuditLogView extends VerticalLayout implements TitledScreen {

  private static final int SHOWN = 500;

  private final AuditLog audit;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final ZoneId zone = Times.zoneOf(user);
  private final Grid<AuditRecord> entries = new Grid<>();
  private final ComboBox<String> actor = new ComboBox<>(words("audit.who"));
  private final ComboBox<String> action = new ComboBox<>(words("audit.action"));
  private final DatePicker from = new DatePicker(words("audit.from"));
  private final DatePicker to = new DatePicker(words("audit.to"));
  private final TextField text = new TextField(words("action.find"));
  private final Paragraph count = new Paragraph();

  @Inject
  public AuditLogView(AuditLog audit) {
    this.audit = audit;
    entries.setId("audit-log");
    entries
        .addColumn(entry -> Times.local(entry.at(), user))
        .setHeader(getTranslation("audit.when", zone.getId()))
        .setAutoWidth(true)
        .setFlexGrow(0);
    entries
        .addColumn(AuditRecord::actor)
        .setHeader(getTranslation("audit.who"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    entries
        .addColumn(entry -> AuditWords.of(entry.action()))
        .setHeader(getTranslation("audit.action"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    entries.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail"));
    entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    entries.setAllRowsVisible(true);

    actor.setId("audit-actor");
    actor.setItems(audit.actors());
    actor.setClearButtonVisible(true);
    action.setId("audit-action");
    action.setItems(
        AuditActions.known().keySet().stream()
            .sorted(java.util.Comparator.comparing(AuditWords::of))
            .toList());
    action.setItemLabelGenerator(AuditWords::of);
    action.setClearButtonVisible(true);
    from.setId("audit-from");
    to.setId("audit-to");
    for (DatePicker day : new DatePicker[] {from, to}) {
      day.setLocale(Times.locale());
      day.setClearButtonVisible(true);
      day.setHelperText(getTranslation("audit.hospitalDay"));
    }
    text.setId("audit-search");
    text.setPlaceholder(getTranslation("audit.findHelp"));
    text.setClearButtonVisible(true);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    actor.addValueChangeListener(changed -> refresh());
    action.addValueChangeListener(changed -> refresh());
    from.addValueChangeListener(changed -> refresh());
    to.addValueChangeListener(changed -> refresh());
    text.addValueChangeListener(changed -> refresh());
    FlexLayout filters = new FlexLayout(actor, action, from, to, text);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)");

    Anchor export =
        new Anchor(DownloadHandler.fromInputStream(event -> csv()), getTranslation("audit.export"));
    export.setId("audit-export");
    count.setId("audit-count");
    add(new H2(getTranslation("nav.auditLog")), filters, export, count, entries);
    refresh();
  }

  private AuditSearch search() {
    return new AuditSearch(
        Optional.ofNullable(actor.getValue()),
        Optional.ofNullable(action.getValue()),
        Optional.ofNullable(from.getValue()).map(day -> day.atStartOfDay(zone).toInstant()),
        Optional.ofNullable(to.getValue())
            .map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()),
        Optional.of(text.getValue()));
  }

  private void refresh() {
    var found = audit.find(search(), SHOWN);
    entries.setItems(found);
    count.setText(
        found.size() == SHOWN
            ? getTranslation("audit.newest", SHOWN)
            : counted("audit.found", found.size()));
  }

  private DownloadResponse csv() {
    byte[] bytes = audit.csv(search(), zone).getBytes(StandardCharsets.UTF_8);
    return new DownloadResponse(
        new ByteArrayInputStream(bytes),
        "audit-log-" + user.tenantSlug().orElse("hospital") + ".csv",
        "text/csv",
        bytes.length);
  }
}
