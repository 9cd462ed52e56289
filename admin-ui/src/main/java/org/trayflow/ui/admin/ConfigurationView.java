package org.trayflow.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.trayflow.identity.SignedInUser;
import org.trayflow.tenancy.ConfigurationChange;
import org.trayflow.tenancy.CurrentConfiguration;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The tenant administrator's configuration file: edit or paste it, check and apply it (every problem is
 * listed with its field), download it, and see who changed what.
 */
@Route(value = "configuration", layout = MainLayout.class)
@PageTitle("Configuration · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class ConfigurationView extends VerticalLayout {

  private final TenantConfigurations configurations;
  private final TextArea file = new TextArea("Configuration file (YAML)");
  private final UnorderedList problems = new UnorderedList();
  private final Grid<ConfigurationChange> history = new Grid<>();
  private final Paragraph inForce = new Paragraph();
  private final SignedInUser user;

  @Inject
  public ConfigurationView(TenantConfigurations configurations) {
    this.configurations = configurations;
    this.user = CurrentUser.get().orElseThrow();
    file.setId("configuration-file");
    file.setWidthFull();
    file.setHeight("28em");
    file.getStyle().set("font-family", "monospace");
    problems.setId("problems");
    Button apply = new Button("Check and apply", click -> apply());
    apply.setId("apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> download()), "Download the file");
    download.setId("download");
    history.setId("history");
    history.addColumn(ConfigurationChange::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
    history.addColumn(change -> Times.local(change.changedAt(), user)).setHeader("When")
        .setAutoWidth(true).setFlexGrow(0);
    history.addColumn(ConfigurationChange::changedBy).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
    history.addColumn(ConfigurationChange::summary).setHeader("What changed");
    history.setAllRowsVisible(true);
    add(new H2("Configuration of " + HospitalName.of(configurations)), inForce, file, problems,
        new HorizontalLayout(apply, download), new H3("History"), history);
    refresh();
  }

  private void apply() {
    problems.removeAll();
    file.setInvalid(false);
    try {
      ImportOutcome outcome = configurations.importFile(file.getValue(), user.username());
      notify(outcome.changedAnything()
          ? "Version " + outcome.version() + " is in force: " + String.join("; ", outcome.changes())
          : "Nothing changed: this is version " + outcome.version() + " already.",
          NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (InvalidTenantConfiguration invalid) {
      file.setInvalid(true);
      file.setErrorMessage(invalid.problems().size() + " problem(s), listed below: nothing was changed");
      invalid.problems().forEach(p -> problems.add(new ListItem(p.field() + ": " + p.reason())));
    }
  }

  private void refresh() {
    configurations.current().ifPresent(current -> {
      file.setValue(current.document());
      inForce.setText("Version " + current.version() + ", by " + current.changedBy() + " at "
          + Times.local(current.changedAt(), user));
    });
    history.setItems(configurations.history());
  }

  private DownloadResponse download() {
    byte[] bytes = configurations.current().map(CurrentConfiguration::document).orElse("")
        .getBytes(StandardCharsets.UTF_8);
    return new DownloadResponse(new ByteArrayInputStream(bytes), user.tenantSlug().orElse("tenant") + ".yaml",
        "application/yaml", bytes.length);
  }

  private static void notify(String message, NotificationVariant variant) {
    Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(variant);
  }
}
