package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.trayflow.identity.SignedInUser;
import org.trayflow.tenancy.ConfigurationChange;
import org.trayflow.tenancy.ConfigurationPreview;
import org.trayflow.tenancy.CurrentConfiguration;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.ui.HospitalName;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The tenant administrator's configuration file: edit or paste it, check and apply it (every
 * problem is listed with its field), download it, and see who changed what.
 */
@Route(value = "configuration", layout = MainLayout.class)
@ScreenTitle("nav.configuration")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class ConfigurationView extends VerticalLayout implements TitledScreen {

  private final TenantConfigurations configurations;
  private final TextArea file = new TextArea(words("configuration.file"));
  private final UnorderedList problems = new UnorderedList();
  private final Grid<ConfigurationChange> history = new Grid<>();
  private final Paragraph inForce = new Paragraph();
  private final Button apply = new Button(words("configuration.apply"));
  private final VerticalLayout preview = new VerticalLayout();

  /** The file as last previewed: only that may be applied. */
  private String previewed;

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
    file.addValueChangeListener(
        edited -> {
          if (edited.isFromClient()) {
            forgetPreview();
          }
        });
    Button previewButton = new Button(getTranslation("configuration.check"), click -> preview());
    previewButton.setId("preview");
    previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setId("apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    apply.addClickListener(click -> apply());
    preview.setId("configuration-preview");
    preview.setPadding(false);
    Upload upload = new Upload();
    upload.setId("configuration-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(1_000_000);
    upload.setAcceptedFileTypes(".yaml", ".yml");
    upload.setDropLabel(new Span(getTranslation("configuration.drop")));
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                upload
                    .getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  file.setValue(new String(bytes, StandardCharsets.UTF_8));
                                  upload.clearFileList(); // a corrected file can be dropped next,
                                  // without removing this one first
                                  preview();
                                }))));
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(event -> download()),
            getTranslation("configuration.download"));
    download.setId("download");
    history.setId("history");
    history
        .addColumn(ConfigurationChange::version)
        .setHeader(getTranslation("configuration.version"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    history
        .addColumn(change -> Times.local(change.changedAt(), user))
        .setHeader(getTranslation("configuration.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    history
        .addColumn(ConfigurationChange::changedBy)
        .setHeader(getTranslation("audit.who"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    history
        .addColumn(ConfigurationChange::summary)
        .setHeader(getTranslation("configuration.whatChanged"));
    history
        .addComponentColumn(this::versionActions)
        .setHeader("")
        .setAutoWidth(true)
        .setFlexGrow(0);
    history.setAllRowsVisible(true);
    add(
        new H2(getTranslation("configuration.title", HospitalName.of(configurations))),
        inForce,
        upload,
        file,
        problems,
        new HorizontalLayout(previewButton, download),
        preview,
        new H3(getTranslation("configuration.history")),
        history);
    forgetPreview();
    refresh();
  }

  /** Checks the file and shows what it would change; only then can it be applied. */
  private void preview() {
    problems.removeAll();
    file.setInvalid(false);
    preview.removeAll();
    try {
      ConfigurationPreview seen = configurations.preview(file.getValue());
      if (!seen.changesAnything()) {
        preview.add(new Paragraph(getTranslation("configuration.alreadyInForce")));
        return;
      }
      UnorderedList changes = new UnorderedList();
      changes.setId("preview-changes");
      seen.changes().forEach(change -> changes.add(new ListItem(change)));
      preview.add(new H3(getTranslation("configuration.applyingChanges")), changes);
      if (!seen.warnings().isEmpty()) {
        UnorderedList warnings = new UnorderedList();
        warnings.setId("preview-warnings");
        warnings.getStyle().set("color", "var(--lumo-error-text-color)");
        seen.warnings().forEach(warning -> warnings.add(new ListItem(warning)));
        preview.add(new Paragraph(getTranslation("configuration.beforeApplying")), warnings);
      }
      preview.add(new DiffView(seen.diff()), apply);
      apply.setText(
          getTranslation(
              seen.warnings().isEmpty() ? "configuration.apply" : "configuration.applyAnyway"));
      previewed = file.getValue();
    } catch (InvalidTenantConfiguration invalid) {
      showProblems(invalid);
    }
  }

  private void forgetPreview() {
    previewed = null;
    preview.removeAll();
  }

  private HorizontalLayout versionActions(ConfigurationChange change) {
    Button diff =
        new Button(
            getTranslation("configuration.changes"),
            click -> {
              Dialog dialog = new Dialog();
              dialog.setHeaderTitle(
                  getTranslation("configuration.versionChanged", change.version()));
              dialog.setWidth("min(60em, 95vw)");
              dialog.add(
                  new Paragraph(change.summary()),
                  new DiffView(configurations.diffOf(change.version())));
              dialog
                  .getFooter()
                  .add(new Button(getTranslation("action.close"), close -> dialog.close()));
              dialog.open();
            });
    diff.addClassName("version-diff");
    diff.getElement().setAttribute("data-version", String.valueOf(change.version()));
    diff.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout actions = new HorizontalLayout(diff);
    boolean inForceNow =
        configurations.current().map(c -> c.version() == change.version()).orElse(false);
    if (!inForceNow) {
      Button rollBack =
          new Button(
              getTranslation("configuration.rollBackTo"),
              click -> {
                ConfirmDialog confirm =
                    new ConfirmDialog(
                        getTranslation("configuration.rollBack.question", change.version()),
                        getTranslation("configuration.rollBack.consequence"),
                        getTranslation("configuration.rollBack"),
                        confirmed -> {
                          try {
                            ImportOutcome outcome =
                                configurations.rollBackTo(change.version(), user.username());
                            notify(
                                getTranslation(
                                    "configuration.rolledBack",
                                    outcome.version(),
                                    change.version()),
                                NotificationVariant.LUMO_SUCCESS);
                            forgetPreview();
                            refresh();
                          } catch (InvalidTenantConfiguration invalid) {
                            notify(
                                getTranslation(
                                    "configuration.cannotRollBack",
                                    change.version(),
                                    invalid.problems().size()),
                                NotificationVariant.LUMO_ERROR);
                          }
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
              });
      rollBack.addClassName("roll-back");
      rollBack.getElement().setAttribute("data-version", String.valueOf(change.version()));
      rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      actions.add(rollBack);
    }
    return actions;
  }

  private void showProblems(InvalidTenantConfiguration invalid) {
    file.setInvalid(true);
    file.setErrorMessage(getTranslation("configuration.problems", invalid.problems().size()));
    invalid.problems().forEach(p -> problems.add(new ListItem(p.field() + ": " + p.reason())));
  }

  private void apply() {
    problems.removeAll();
    file.setInvalid(false);
    if (!file.getValue().equals(previewed)) {
      preview();
      return; // what was shown is not what would be applied: show it again first
    }
    try {
      ImportOutcome outcome = configurations.importFile(file.getValue(), user.username());
      notify(
          outcome.changedAnything()
              ? getTranslation(
                  "configuration.inForce", outcome.version(), String.join("; ", outcome.changes()))
              : getTranslation("configuration.sameVersion", outcome.version()),
          NotificationVariant.LUMO_SUCCESS);
      forgetPreview();
      refresh();
    } catch (InvalidTenantConfiguration invalid) {
      showProblems(invalid);
    }
  }

  private void refresh() {
    configurations
        .current()
        .ifPresent(
            current -> {
              file.setValue(current.document());
              inForce.setText(
                  getTranslation(
                      "configuration.current",
                      current.version(),
                      current.changedBy(),
                      Times.local(current.changedAt(), user)));
            });
    history.setItems(configurations.history());
  }

  private DownloadResponse download() {
    byte[] bytes =
        configurations
            .current()
            .map(CurrentConfiguration::document)
            .orElse("")
            .getBytes(StandardCharsets.UTF_8);
    return new DownloadResponse(
        new ByteArrayInputStream(bytes),
        user.tenantSlug().orElse("tenant") + ".yaml",
        "application/yaml",
        bytes.length);
  }

  private static void notify(String message, NotificationVariant variant) {
    Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    notification.addThemeVariants(variant);
  }
}
