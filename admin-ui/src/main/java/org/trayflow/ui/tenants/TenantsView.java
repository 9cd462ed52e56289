package org.trayflow.ui.tenants;

import static org.trayflow.ui.Translations.words;

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
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.PlatformTenantImport;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfigurationReader;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * The hospital organisations on this Trayflow installation, each with today's use of it. Platform
 * administrators register a hospital by a short form or from its configuration file, and suspend
 * one (nobody of it signs in or orders; nothing is deleted) or reactivate it; operations staff see
 * the list.
 */
@Route(value = "hospitals", layout = MainLayout.class)
@RolesAllowed({"PLATFORM_ADMIN", "OPS"})
@ScreenTitle("nav.hospitals")
@Dependent
public class TenantsView extends VerticalLayout implements TitledScreen {

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
    tenants
        .addColumn(h -> h.hospital().name())
        .setHeader(getTranslation("hospitals.organisation"))
        .setFlexGrow(3);
    tenants
        .addColumn(h -> h.hospital().slug())
        .setHeader(getTranslation("hospitals.code"))
        .setFlexGrow(1);
    tenants
        .addColumn(h -> h.hospital().timeZone())
        .setHeader(getTranslation("hospitals.timeZone"))
        .setFlexGrow(2);
    tenants.addColumn(TenantsView::siteNames).setHeader(getTranslation("nav.sites")).setFlexGrow(3);
    tenants
        .addColumn(HospitalActivity::ordersToday)
        .setHeader(getTranslation("hospitals.ordersToday"))
        .setFlexGrow(1);
    tenants
        .addColumn(HospitalActivity::activePeople)
        .setHeader(getTranslation("nav.people"))
        .setFlexGrow(1);
    tenants
        .addColumn(
            h ->
                h.lastSignIn()
                    .map(at -> Times.local(at, user))
                    .orElse(getTranslation("people.never")))
        .setHeader(getTranslation("people.lastSignIn", Times.zoneOf(user).getId()))
        .setFlexGrow(2);
    tenants
        .addComponentColumn(this::status)
        .setHeader(getTranslation("people.status"))
        .setWidth("11em")
        .setFlexGrow(0);
    tenants.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    tenants.setAllRowsVisible(true);

    add(new H2(getTranslation("nav.hospitals")), tenants);
    if (administers) {
      add(
          new H3(getTranslation("hospitals.register")),
          registrationForm(),
          new H3(getTranslation("hospitals.registerFromFile")),
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
                .map(at -> getTranslation("hospitals.suspendedSince", Times.local(at, user)))
                .orElse(getTranslation("people.active")));
    state.getElement().setAttribute("data-hospital", hospital.slug());
    state.addClassName("hospital-status");
    if (!administers) {
      return state;
    }
    boolean suspended = hospital.suspendedSince().isPresent();
    Button change =
        new Button(
            getTranslation(suspended ? "people.reactivate" : "hospitals.suspend"),
            click -> {
              ConfirmDialog confirm =
                  new ConfirmDialog(
                      getTranslation(
                          suspended
                              ? "hospitals.reactivate.question"
                              : "hospitals.suspend.question",
                          hospital.name()),
                      getTranslation(
                          suspended
                              ? "hospitals.reactivate.consequence"
                              : "hospitals.suspend.consequence",
                          hospital.name()),
                      getTranslation(suspended ? "people.reactivate" : "hospitals.suspend"),
                      confirmed -> {
                        Slug slug = new Slug(hospital.slug());
                        if (suspended) {
                          directory.reactivate(slug, user.username());
                        } else {
                          directory.suspend(slug, user.username());
                        }
                        refresh();
                        Notification.show(
                            getTranslation(
                                suspended ? "hospitals.reactivated" : "hospitals.suspended",
                                hospital.name()),
                            5000,
                            Notification.Position.TOP_CENTER);
                      });
              confirm.setCancelable(true);
              confirm.setCancelText(getTranslation("action.cancel"));
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
        field(
            getTranslation("admin.name"), "hospital-name", getTranslation("hospitals.nameExample"));
    TextField slug =
        field(
            getTranslation("hospitals.code"),
            "hospital-code",
            getTranslation("hospitals.codeExample"));
    ComboBox<String> zone = new ComboBox<>(getTranslation("hospitals.timeZone"));
    zone.setId("hospital-zone");
    zone.setItems(
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
    zone.setValue("Europe/London");
    ComboBox<String> locale = new ComboBox<>(getTranslation("hospitals.locale"));
    locale.setId("hospital-locale");
    locale.setItems(HOSPITAL_LOCALES);
    locale.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayName(getLocale()));
    locale.setHelperText(getTranslation("hospitals.localeHelp"));
    locale.setValue(Language.DEFAULT_HOSPITAL_LOCALE);
    TextField siteName =
        field(
            getTranslation("hospitals.firstSite"),
            "site-name",
            getTranslation("hospitals.firstSiteExample"));
    TextField siteSlug = field(getTranslation("hospitals.siteCode"), "site-code", "central");
    TextField admin =
        field(
            getTranslation("hospitals.firstAdmin"),
            "first-admin",
            getTranslation("hospitals.firstAdminExample"));
    TextField adminName =
        field(
            getTranslation("hospitals.firstAdminName"),
            "first-admin-name",
            getTranslation("hospitals.firstAdminNameExample"));
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
            getTranslation("hospitals.registerButton"),
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
                  Notification.show(
                      FailureWords.of(refused), 6000, Notification.Position.TOP_CENTER);
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
    field.setHelperText(words("hospitals.example", example));
    return field;
  }

  private static void showFirstAdministrator(RegisteredHospital registered) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(words("hospitals.registered", registered.hospital().name()));
    Span password = new Span(registered.administrator().firstPassword());
    password.setId("first-password");
    password.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
    Button done = new Button(words("action.done"), click -> dialog.close());
    done.setId("close-first-password");
    dialog.add(
        new VerticalLayout(
            new Paragraph(
                words("hospitals.firstPassword", registered.administrator().person().username())),
            password));
    dialog.getFooter().add(done);
    dialog.open();
  }

  private VerticalLayout fileUpload(PlatformTenantImport tenantImport) {
    TextField admin =
        field(
            getTranslation("hospitals.fileFirstAdmin"),
            "file-first-admin",
            getTranslation("hospitals.firstAdminExample"));
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
                                          getTranslation("hospitals.fileNewNeedsAdmin", slug));
                                      return;
                                    }
                                    java.util.Optional<String> adminProblem =
                                        isNew
                                            ? hospitals.administratorProblem(admin.getValue())
                                            : java.util.Optional.empty();
                                    if (adminProblem.isPresent()) {
                                      outcome.setText(
                                          getTranslation(
                                              "hospitals.fileAdminProblem", adminProblem.get()));
                                      return;
                                    }
                                    PlatformTenantImport.Outcome imported =
                                        tenantImport.importTenant(slug, yaml, user.username());
                                    if (imported.registered()) {
                                      RegisteredHospital registered =
                                          hospitals.firstAdministrator(
                                              slug, admin.getValue(), null, user.username());
                                      outcome.setText(
                                          getTranslation("hospitals.registeredSentence", slug));
                                      showFirstAdministrator(registered);
                                      admin.clear();
                                    } else {
                                      ImportOutcome update = imported.imported();
                                      outcome.setText(
                                          update.changedAnything()
                                              ? getTranslation(
                                                  "hospitals.fileUpdated",
                                                  slug,
                                                  update.version(),
                                                  String.join("; ", update.changes()))
                                              : getTranslation("hospitals.fileUnchanged", slug));
                                    }
                                    refresh();
                                  } catch (org.trayflow.identity.InvalidPerson invalid) {
                                    outcome.setText(
                                        getTranslation(
                                            "hospitals.fileAdminNotAdded",
                                            FailureWords.of(invalid)));
                                  } catch (InvalidTenantConfiguration invalid) {
                                    outcome.setText(
                                        getTranslation(
                                            "hospitals.fileRefused",
                                            invalid.problems().stream()
                                                .map(p -> p.field() + ": " + p.reason())
                                                .collect(Collectors.joining("; "))));
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
