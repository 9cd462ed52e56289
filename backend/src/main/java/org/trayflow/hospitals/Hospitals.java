package org.trayflow.hospitals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trayflow.identity.InvalidPerson;
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.People;
import org.trayflow.identity.PeopleActivity;
import org.trayflow.identity.Role;
import org.trayflow.ordering.OrderActivity;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.PlatformTenantImport;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantNotFound;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.StarterConfiguration;
import org.trayflow.tenantconfig.TenantConfigurationWriter;

/**
 * The platform's hospitals: register one by a short form (the rest of its configuration is the
 * starter's, for its administrators to change), and see how each is used. Registering from a whole
 * file, suspending and reactivating are tenancy's own ({@link PlatformTenantImport}, {@link
 * TenantDirectory}).
 */
@ApplicationScoped
public class Hospitals {

  @Inject TenantDirectory directory;
  @Inject PlatformTenantImport tenantImport;
  @Inject People people;
  @Inject OrderActivity orders;

  /**
   * The hospital and its first administrator, who must choose their own password at their first
   * sign-in. The form is checked whole before anything is written.
   */
  public RegisteredHospital register(@NotNull NewHospital form, @NotBlank String registeredBy) {
    List<ExpectedFailure.Detail> problems = new ArrayList<>();
    String slug = form.slug() == null ? "" : form.slug().strip();
    String siteSlug = form.siteSlug() == null ? "" : form.siteSlug().strip();
    if (!Slug.isWellFormed(slug)) {
      problems.add(new ExpectedFailure.Detail("slug", "the hospital code " + Slug.describeForm()));
    } else if (directory.findTenantId(new Slug(slug)).isPresent()) {
      problems.add(
          new ExpectedFailure.Detail(
              "slug", "a hospital with the code '" + slug + "' is on Trayflow"));
    }
    if (!Slug.isWellFormed(siteSlug)) {
      problems.add(new ExpectedFailure.Detail("siteSlug", "the site code " + Slug.describeForm()));
    }
    requireName(form.name(), "name", problems);
    requireName(form.siteName(), "siteName", problems);
    ZoneId zone = null;
    try {
      zone = ZoneId.of(form.timeZone() == null ? "" : form.timeZone().strip());
    } catch (DateTimeException unknown) {
      problems.add(
          new ExpectedFailure.Detail("timeZone", "is not a time zone such as Europe/London"));
    }
    String localeTag =
        form.locale() == null || form.locale().isBlank()
            ? Language.DEFAULT_HOSPITAL_LOCALE
            : form.locale().strip();
    Locale locale = Language.hospitalLocale(localeTag).orElse(null);
    if (locale == null) {
      problems.add(new ExpectedFailure.Detail("locale", "is not " + Language.LOCALE_FORM));
    }
    String administrator = form.administrator() == null ? "" : form.administrator().strip();
    administratorProblem(administrator)
        .ifPresent(problem -> problems.add(new ExpectedFailure.Detail("administrator", problem)));
    if (!problems.isEmpty()) {
      throw new HospitalNotRegistered(
          ExpectedFailure.Kind.INVALID,
          problems.size() + " field(s) need correcting; nothing was registered.",
          problems);
    }
    StringWriter file = new StringWriter();
    new TenantConfigurationWriter()
        .write(
            StarterConfiguration.of(
                new Slug(slug),
                form.name().strip(),
                zone,
                locale,
                new Slug(siteSlug),
                form.siteName().strip()),
            file);
    if (!tenantImport.importTenant(new Slug(slug), file.toString(), registeredBy).registered()) {
      throw new HospitalNotRegistered(
          ExpectedFailure.Kind.CONFLICT,
          "A hospital with the code '"
              + slug
              + "' was registered at the same time; nothing else was changed.",
          List.of());
    }
    return firstAdministrator(
        new Slug(slug), administrator, form.administratorName(), registeredBy);
  }

  /**
   * The first administrator of a hospital just registered from its file, who chooses their own
   * password at their first sign-in.
   */
  public RegisteredHospital firstAdministrator(
      @NotNull Slug hospital,
      @NotBlank String administrator,
      String administratorName,
      @NotBlank String addedBy) {
    long tenantId =
        directory.findTenantId(hospital).orElseThrow(() -> new TenantNotFound(hospital.value()));
    String name =
        administratorName == null || administratorName.isBlank()
            ? administrator
            : administratorName.strip();
    NewPerson admin =
        TenantScope.asTenant(
            tenantId,
            hospital,
            () -> people.addPerson(administrator, name, Set.of(Role.TENANT_ADMIN), addedBy));
    return new RegisteredHospital(directory.findTenant(hospital).orElseThrow(), admin);
  }

  /**
   * Why this name cannot be a new hospital's first administrator's (not a user name, or taken), if
   * it cannot: asked before a hospital is registered from its file, so that it is not left without
   * one.
   */
  public java.util.Optional<String> administratorProblem(@NotNull String administrator) {
    try {
      return people.nameTaken(administrator)
          ? java.util.Optional.of("the user name '" + administrator.strip() + "' is taken")
          : java.util.Optional.empty();
    } catch (InvalidPerson invalid) {
      return java.util.Optional.of(invalid.getMessage());
    }
  }

  /** Every hospital with today's use of it. */
  public List<HospitalActivity> activity() {
    return directory.listTenants().stream().map(this::activityOf).toList();
  }

  private HospitalActivity activityOf(TenantSummary hospital) {
    Slug slug = new Slug(hospital.slug());
    long tenantId = directory.findTenantId(slug).orElseThrow();
    LocalDate today = LocalDate.now(ZoneId.of(hospital.timeZone()));
    return TenantScope.asTenant(
        tenantId,
        slug,
        () -> {
          PeopleActivity them = people.activity();
          return new HospitalActivity(
              hospital, orders.placedFor(today), them.activePeople(), them.lastSignIn());
        });
  }

  private static void requireName(
      String name, String field, List<ExpectedFailure.Detail> problems) {
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      problems.add(new ExpectedFailure.Detail(field, "must be filled in, at most 200 characters"));
    }
  }
}
