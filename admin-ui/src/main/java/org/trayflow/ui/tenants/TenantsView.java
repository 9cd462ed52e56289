package org.trayflow.ui.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trayflow.hospitals.HospitalActivity;
import org.trayflow.hospitals.HospitalNotRegistered;
import org.trayflow.hospitals.Hospitals;
import org.trayflow.hospitals.NewHospital;
import org.trayflow.hospitals.RegisteredHospital;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.PlatformTenantImport;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfigurationReader;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.Times;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The hospital organisations on this Trayflow installation, each with today's use of it. Platform
 * administrators register a hospital by a short form or from its configuration file, and suspend
 * one (nobody of it signs in or orders; nothing is deleted) or reactivate it; operations staff see
 * the list.
 */
@Route(value = "hospitals", layout = MainLayout.class)
@RolesAllowed({"PLATFORM_ADMIN", "OPS"})
@PageTitle("Hospitals · Trayflow")
@Dependent
public class TenantsView extends VerticalLayout {

  /**
   * The hospitals' countries the short form offers for each language; a configuration file may name
   * any other.
   */
  private static final List<String> HOSPITAL_LOCALES =
      List.of(
          "en-GB", "en-IE", "en-US", "en-CA", "en-AU", "en-NZ", "fr-FR", "fr-BE", "fr-CH", "fr-CA");

  private final Hospitals hospitals;
  private final TenantDirectory directory;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final boolean administers = user.has(Role.PLATFORM_ADMIN);
  private final Grid<HospitalActivity> tenants = new Grid<>();

  @Inject
  public TenantsView(
      Hospitals hospitals, TenantDirectory directory, PlatformTenantImport tenantImport) {
    this.hospitals = hospitals;
    this.directory = directory;
    tenants.setId("tenants");
    // every column wraps, so that a row, its status and action included, fits the screen without
    // scrolling sideways
    tenants.addColumn(h -> h.hospital().name()).setHeader("Hospital organisation").setFlexGrow(3);
    tenants.addColumn(h -> h.hospital().slug()).setHeader("Code").setFlexGrow(1);
    tenants.addColumn(h -> h.hospital().timeZone()).setHeader("Time zone").setFlexGrow(2);
    tenants.addColumn(TenantsView::siteNames).setHeader("Sites").setFlexGrow(3);
    tenants.addColumn(HospitalActivity::ordersToday).setHeader("Orders today").setFlexGrow(1);
    tenants.addColumn(HospitalActivity::activePeople).setHeader("People").setFlexGrow(1);
    tenants
        .addColumn(h -> h.lastSignIn().map(at -> Times.local(at, user)).orElse("never"))
        .setHeader("Last sign-in (" + Times.zoneOf(user).getId() + ")")
        .setFlexGrow(2);
    tenants.addComponentColumn(this::status).setHeader("Status").setWidth("11em").setFlexGrow(0);
    tenants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    tenants.setAllRowsVisible(true);

    add(new H2("Hospitals"), tenants);
    if (administers) {
      add(
          new H3("Register a hospital"),
          registrationForm(),
          new H3("Register or update from a configuration file"),
          fileUpload(tenantImport));
    }
    refresh();
  }

  private void refresh() {
    tenants.setItems(hospitals.activity());
  }

  private com.vaadin.flow.component.Component status(HospitalActivity activity) {
    TenantSummary hospital = activity.hospital();
    Span state =
        new Span(
            hospital
                .suspendedSince()
                .map(at -> "Suspended since " + Times.local(at, user))
                .orElse("Active"));
    state.getElement().setAttribute("data-hospital", hospital.slug());
    state.addClassName("hospital-status");
    if (!administers) {
      return state;
    }
    boolean suspended = hospital.suspendedSince().isPresent();
    Button change =
        new Button(
            suspended ? "Reactivate" : "Suspend",
            click -> {
              ConfirmDialog confirm =
                  new ConfirmDialog(
                      (suspended ? "Reactivate " : "Suspend ") + hospital.name() + "?",
                      suspended
                          ? "Its people can sign in and order again."
                          : "Nobody of "
                              + hospital.name()
                              + " can sign in or order until you reactivate it; whoever is signed"
                              + " in now is signed out at once. Nothing of it is deleted.",
                      suspended ? "Reactivate" : "Suspend",
                      confirmed -> {
                        Slug slug = new Slug(hospital.slug());
                        if (suspended) {
                          directory.reactivate(slug, user.username());
                        } else {
                          directory.suspend(slug, user.username());
                        }
                        refresh();
                        Notification.show(
                            hospital.name() + (suspended ? " is active again." : " is suspended."),
                            5000,
                            Notification.Position.TOP_CENTER);
                      });
              confirm.setCancelable(true);
              confirm.setCancelText("Cancel");
              confirm.setConfirmButtonTheme(suspended ? "primary" : "error primary");
              confirm.open();
            });
    change.addClassName(suspended ? "reactivate-hospital" : "suspend-hospital");
    change.getElement().setAttribute("data-hospital", hospital.slug());
    change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    if (!suspended) {
      change.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    VerticalLayout cell = new VerticalLayout(state, change);
    cell.setPadding(false);
    cell.setSpacing(false);
    return cell;
  }

  private FormLayout registrationForm() {
    TextField name =
        field("Name", "hospital-name", "As the hospital writes it: St Mungo's Hospitals NHS Trust");
    TextField slug = field("Code", "hospital-code", "Short, for sign-in and addresses: st-mungos");
    ComboBox<String> zone = new ComboBox<>("Time zone");
    zone.setId("hospital-zone");
    zone.setItems(
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
    zone.setValue("Europe/London");
    ComboBox<String> locale = new ComboBox<>("Language and formats");
    locale.setId("hospital-locale");
    locale.setItems(HOSPITAL_LOCALES);
    locale.setItemLabelGenerator(
        tag -> Locale.forLanguageTag(tag).getDisplayName(HospitalLocale.FORMATS));
    locale.setHelperText("What its people read until they choose, and how dates and money look");
    locale.setValue(Language.DEFAULT_HOSPITAL_LOCALE);
    TextField siteName = field("First site", "site-name", "St Mungo's Central Hospital");
    TextField siteSlug = field("Its code", "site-code", "central");
    TextField admin = field("First administrator's user name", "first-admin", "j.smith@st-mungos");
    TextField adminName = field("Their name", "first-admin-name", "Jane Smith");
    FieldProblems problems = new FieldProblems("registration-problems");
    problems.place("name", name);
    problems.place("slug", slug);
    problems.place("timeZone", zone);
    problems.place("locale", locale);
    problems.place("siteName", siteName);
    problems.place("siteSlug", siteSlug);
    problems.place("administrator", admin);
    Button register =
        new Button(
            "Register the hospital",
            click -> {
              problems.clear();
              try {
                RegisteredHospital registered =
                    hospitals.register(
                        new NewHospital(
                            slug.getValue(),
                            name.getValue(),
                            zone.getValue(),
                            locale.getValue(),
                            siteSlug.getValue(),
                            siteName.getValue(),
                            admin.getValue(),
                            adminName.getValue()),
                        user.username());
                refresh();
                showFirstAdministrator(registered);
                List.of(name, slug, siteName, siteSlug, admin, adminName).forEach(TextField::clear);
              } catch (HospitalNotRegistered refused) {
                problems.show(refused.details());
                if (refused.details().isEmpty()) {
                  Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER);
                }
              }
            });
    register.setId("register-hospital");
    register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FormLayout form =
        new FormLayout(name, slug, zone, locale, siteName, siteSlug, admin, adminName, register);
    form.add(problems.unplaced());
    return form;
  }

  private static TextField field(String label, String id, String example) {
    TextField field = new TextField(label);
    field.setId(id);
    field.setHelperText("e.g. " + example);
    return field;
  }

  private static void showFirstAdministrator(RegisteredHospital registered) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(registered.hospital().name() + " is registered");
    Span password = new Span(registered.administrator().firstPassword());
    password.setId("first-password");
    password.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
    Button done = new Button("Done", click -> dialog.close());
    done.setId("close-first-password");
    dialog.add(
        new VerticalLayout(
            new Paragraph(
                "Its first administrator, "
                    + registered.administrator().person().username()
                    + ", signs in with this password, shown only now, and"
                    + " then chooses their own:"),
            password));
    dialog.getFooter().add(done);
    dialog.open();
  }

  private VerticalLayout fileUpload(PlatformTenantImport tenantImport) {
    TextField admin =
        field(
            "First administrator's user name, for a new hospital",
            "file-first-admin",
            "j.smith@st-mungos");
    admin.setWidthFull();
    admin.setMaxWidth("32em");
    admin.setValueChangeMode(
        ValueChangeMode.EAGER); // a dropped file does not leave the field first
    Paragraph outcome = new Paragraph();
    outcome.setId("hospital-file-outcome");
    Upload upload = new Upload();
    upload.setId("hospital-file");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(1_000_000);
    upload.setAcceptedFileTypes(".yaml", ".yml");
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                upload
                    .getUI()
                    .ifPresent(
                        ui ->
                            ui.access(
                                () -> {
                                  String yaml = new String(bytes, StandardCharsets.UTF_8);
                                  upload.clearFileList(); // a corrected file can be dropped next,
                                  // without removing this one first
                                  try {
                                    Slug slug =
                                        new TenantConfigurationReader()
                                            .read(
                                                metadata.fileName(), new java.io.StringReader(yaml))
                                            .slug();
                                    boolean isNew = directory.findTenantId(slug).isEmpty();
                                    if (isNew && admin.getValue().isBlank()) {
                                      outcome.setText(
                                          "Not imported: "
                                              + slug
                                              + " is a new hospital. Name its first administrator above,"
                                              + " then upload the file again.");
                                      return;
                                    }
                                    java.util.Optional<String> adminProblem =
                                        isNew
                                            ? hospitals.administratorProblem(admin.getValue())
                                            : java.util.Optional.empty();
                                    if (adminProblem.isPresent()) {
                                      outcome.setText("Not imported: " + adminProblem.get() + ".");
                                      return;
                                    }
                                    PlatformTenantImport.Outcome imported =
                                        tenantImport.importTenant(slug, yaml, user.username());
                                    if (imported.registered()) {
                                      RegisteredHospital registered =
                                          hospitals.firstAdministrator(
                                              slug, admin.getValue(), null, user.username());
                                      outcome.setText(slug + " is registered.");
                                      showFirstAdministrator(registered);
                                      admin.clear();
                                    } else {
                                      ImportOutcome update = imported.imported();
                                      outcome.setText(
                                          update.changedAnything()
                                              ? slug
                                                  + " now has version "
                                                  + update.version()
                                                  + ": "
                                                  + String.join("; ", update.changes())
                                              : "Nothing changed: this file is "
                                                  + slug
                                                  + "'s configuration already.");
                                    }
                                    refresh();
                                  } catch (org.trayflow.identity.InvalidPerson invalid) {
                                    outcome.setText(
                                        "Registered, but its first administrator was not added: "
                                            + invalid.getMessage());
                                  } catch (InvalidTenantConfiguration invalid) {
                                    outcome.setText(
                                        "Not imported: "
                                            + invalid.problems().stream()
                                                .map(p -> p.field() + ": " + p.reason())
                                                .collect(Collectors.joining("; ")));
                                  }
                                }))));
    VerticalLayout box = new VerticalLayout(admin, upload, outcome);
    box.setPadding(false);
    return box;
  }

  private static String siteNames(HospitalActivity activity) {
    return activity.hospital().sites().stream()
        .map(TenantSummary.SiteSummary::name)
        .collect(Collectors.joining(", "));
  }
}
