package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantConfigurationReaderTest {

  private final TenantConfigurationReader reader = new TenantConfigurationReader();

  @Test
  void a_complete_file_gives_the_whole_configuration() {
    TenantConfiguration tenant = read(TenantFile.valid().yaml());

    assertThat(tenant.slug()).isEqualTo(new Slug("st-elsewhere"));
    assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(tenant.payment().mode()).isEqualTo(Payment.Mode.ALLOWANCE);
    assertThat(tenant.payment().dailyAllowance()).contains(new BigDecimal("9.5"));
    assertThat(tenant.mealPeriods())
        .extracting(MealPeriod::id)
        .containsExactly(new Slug("breakfast"), new Slug("lunch"));
    assertThat(tenant.mealPeriods().get(1).cutOff())
        .isEqualTo(new OrderingMoment(0, LocalTime.of(11, 0)));
    assertThat(tenant.deferredDuringLunch())
        .containsExactlyInAnyOrder(
            NotificationKind.ORDER_CONFIRMED, NotificationKind.MENU_PUBLISHED);
    assertThat(tenant.sites().get(0).locations())
        .extracting(Location::kind)
        .containsExactly(Location.Kind.WARD, Location.Kind.PICK_UP_POINT);
  }

  @Test
  void every_problem_is_reported_at_once_with_its_field() {
    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace("slug: st-elsewhere", "slug: Not A Slug")
                .replace("timeZone: Europe/Dublin", "timeZone: Mars/Olympus_Mons\ncolour: blue")
                .replace(
                    "- {slug: cafe, name: Cafe, kind: pick-up-point}",
                    "- {slug: ward-1, name: Cafe, kind: canteen}")
                .yaml());

    assertThat(invalid.problems())
        .extracting(ConfigurationProblem::field)
        .containsExactlyInAnyOrder(
            "slug",
            "timeZone",
            "colour",
            "sites[0].locations[1].slug",
            "sites[0].locations[1].kind");
    assertThat(invalid.problems())
        .filteredOn(p -> p.field().equals("sites[0].locations[1].kind"))
        .extracting(ConfigurationProblem::reason)
        .containsExactly("'canteen' is not one of: ward, department, pick-up-point");
  }

  @Test
  void a_diet_taxonomy_names_only_the_hospitals_tags_and_reads_back_as_written() {
    TenantConfiguration tenant =
        read(
            TenantFile.valid()
                .replace(
                    "dietTags: [vegetarian, halal]",
                    "dietTags: [vegetarian, vegan, halal]\ndietTaxonomy: {vegan: [halal]}")
                .replace(
                    "declarationRequired: true}", "declarationRequired: true, mayContain: serve}")
                .yaml());
    assertThat(tenant.dietTaxonomy().met(List.of("vegan")))
        .containsExactlyInAnyOrder("vegan", "vegetarian", "halal");
    assertThat(tenant.allergenPolicy().mayContain()).isEqualTo(AllergenPolicy.MayContain.SERVE);
    StringWriter written = new StringWriter();
    new TenantConfigurationWriter().write(tenant, written);
    assertThat(read(written.toString())).isEqualTo(tenant);

    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "dietTags: [vegetarian, halal]",
                    "dietTags: [vegetarian, halal]\n"
                        + "dietTaxonomy: {vegan: [halal], halal: [halal, kosher], vegetarian: halal}")
                .replace(
                    "declarationRequired: true}",
                    "declarationRequired: true, mayContain: sometimes}")
                .yaml());
    assertThat(invalid.problems())
        .containsExactlyInAnyOrder(
            new ConfigurationProblem(
                "dietTaxonomy.vegan", "'vegan' is not one of the diet tags listed in dietTags"),
            new ConfigurationProblem(
                "dietTaxonomy.halal[0]",
                "a tag always meets itself; list only the other tags it meets"),
            new ConfigurationProblem(
                "dietTaxonomy.halal[1]", "'kosher' is not one of the diet tags listed in dietTags"),
            new ConfigurationProblem(
                "dietTaxonomy.vegetarian",
                "must be a list of diet tags, such as [vegetarian, halal]"),
            new ConfigurationProblem(
                "allergenPolicy.mayContain", "'sometimes' is not one of: refuse, serve"));
    assertThat(read(TenantFile.valid().yaml()).allergenPolicy().mayContain())
        .as("refused unless the hospital says otherwise")
        .isEqualTo(AllergenPolicy.MayContain.REFUSE);
  }

  @Test
  void dishes_follow_the_kitchens_course_order_and_a_course_named_twice_is_refused() {
    TenantConfiguration tenant =
        read(
            TenantFile.valid()
                .replace(
                    "dietTags: [vegetarian, halal]",
                    "dietTags: [vegetarian, halal]\ncourses: [Soup, Main, Dessert]")
                .yaml());
    assertThat(
            java.util.stream.Stream.of("Dessert", "Drink", "main", "Bread", "Soup")
                .sorted(tenant.courses().categories())
                .toList())
        .as("named courses in serving order, case ignored; the rest after, by name")
        .containsExactly("Soup", "main", "Dessert", "Bread", "Drink");
    StringWriter written = new StringWriter();
    new TenantConfigurationWriter().write(tenant, written);
    assertThat(read(written.toString())).isEqualTo(tenant);
    assertThat(read(TenantFile.valid().yaml()).courses()).isEqualTo(CourseOrder.byName());

    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "dietTags: [vegetarian, halal]",
                    "dietTags: [vegetarian, halal]\ncourses: [Soup, Main, soup, \"\"]")
                .yaml());
    assertThat(invalid.problems())
        .containsExactlyInAnyOrder(
            new ConfigurationProblem("courses[2]", "'soup' is listed twice"),
            new ConfigurationProblem("courses[3]", "must be non-blank text"));
  }

  @Test
  void overlapping_meal_periods_are_refused() {
    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "service: {from: \"07:00\", to: \"09:30\"}",
                    "service: {from: \"07:00\", to: \"12:00\"}")
                .yaml());

    assertThat(invalid.problems())
        .containsExactly(
            new ConfigurationProblem(
                "mealPeriods[1].service", "overlaps the service of mealPeriods[0] (Breakfast)"));
  }

  @Test
  void a_cut_off_after_the_service_starts_is_refused() {
    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "cutOff: {daysBefore: 0, at: \"11:00\"}",
                    "cutOff: {daysBefore: 0, at: \"12:15\"}")
                .yaml());

    assertThat(invalid.problems())
        .containsExactly(
            new ConfigurationProblem(
                "mealPeriods[1].cutOff", "must not be after the service starts (11:30)"));
  }

  @Test
  void ordering_must_close_after_it_opens_and_no_later_than_the_cut_off() {
    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "orderingCloses: {daysBefore: 0, at: \"10:30\"}",
                    "orderingCloses: {daysBefore: 2, at: \"10:30\"}")
                .yaml());

    assertThat(invalid.problems())
        .extracting(ConfigurationProblem::field)
        .containsExactly("mealPeriods[1].orderingCloses");
  }

  @Test
  void an_allowance_needs_its_amount_and_other_modes_refuse_one() {
    assertThat(
            readInvalid(TenantFile.valid().replace("  dailyAllowance: 9.50\n", "").yaml())
                .problems())
        .containsExactly(
            new ConfigurationProblem(
                "payment.dailyAllowance", "is required when the mode is allowance"));
    assertThat(
            readInvalid(TenantFile.valid().replace("mode: allowance", "mode: free").yaml())
                .problems())
        .containsExactly(
            new ConfigurationProblem(
                "payment.dailyAllowance", "applies only when the mode is allowance"));
    assertThat(
            readInvalid(
                    TenantFile.valid()
                        .replace("dailyAllowance: 9.50", "dailyAllowance: 9.505")
                        .yaml())
                .problems())
        .as("an amount a ledger would round is refused")
        .containsExactly(
            new ConfigurationProblem("payment.dailyAllowance", "must be in whole cents of EUR"));
  }

  @Test
  void a_wallet_may_have_an_overdraft_limit_which_no_other_mode_takes() {
    TenantConfiguration wallet =
        read(
            TenantFile.valid()
                .replace("mode: allowance", "mode: wallet")
                .replace("dailyAllowance: 9.50", "overdraftLimit: 10.00")
                .yaml());
    assertThat(wallet.payment().mode()).isEqualTo(Payment.Mode.WALLET);
    assertThat(wallet.payment().overdraft()).isEqualByComparingTo("10.00");
    StringWriter written = new StringWriter();
    new TenantConfigurationWriter().write(wallet, written);
    assertThat(read(written.toString())).isEqualTo(wallet);
    assertThat(
            readInvalid(
                    TenantFile.valid()
                        .replace(
                            "dailyAllowance: 9.50", "dailyAllowance: 9.50\n  overdraftLimit: 5")
                        .yaml())
                .problems())
        .containsExactly(
            new ConfigurationProblem(
                "payment.overdraftLimit", "applies only when the mode is wallet"));
  }

  @Test
  void a_hospital_writes_in_its_locale_british_english_when_it_names_none() {
    assertThat(read(TenantFile.valid().yaml()).locale()).isEqualTo(Locale.UK);
    TenantConfiguration french =
        read(
            TenantFile.valid()
                .replace("timeZone: Europe/Dublin", "timeZone: Europe/Dublin\nlocale: fr-FR")
                .yaml());
    assertThat(french.locale()).isEqualTo(Locale.FRANCE);

    StringWriter exported = new StringWriter();
    new TenantConfigurationWriter().write(french, exported);
    assertThat(reader.read("export.yaml", new StringReader(exported.toString())).locale())
        .isEqualTo(Locale.FRANCE);
  }

  @Test
  void a_locale_trayflow_cannot_write_in_or_without_a_country_is_refused() {
    for (String tag : List.of("de-DE", "fr", "en-gb", "english", "en-GB-x-private")) {
      InvalidTenantConfiguration invalid =
          readInvalid(
              TenantFile.valid()
                  .replace("timeZone: Europe/Dublin", "timeZone: Europe/Dublin\nlocale: " + tag)
                  .yaml());
      assertThat(invalid.problems())
          .as(tag)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("locale");
                assertThat(p.reason())
                    .startsWith("'" + tag + "' is not a locale Trayflow writes in");
              });
    }
  }

  @Test
  void an_unquoted_time_gets_a_clear_message() {
    InvalidTenantConfiguration invalid =
        readInvalid(
            TenantFile.valid()
                .replace(
                    "lunchWindow: {from: \"12:00\", to: \"13:30\"}",
                    "lunchWindow: {from: 12:00, to: \"13:30\"}")
                .yaml());

    assertThat(invalid.problems())
        .containsExactly(
            new ConfigurationProblem(
                "sites[0].lunchWindow.from",
                "must be a 24-hour time in quotes, such as \"12:30\""));
  }

  @Test
  void malformed_yaml_is_reported_as_a_problem_not_a_crash() {
    InvalidTenantConfiguration invalid = readInvalid("slug: [unclosed");

    assertThat(invalid.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("(document)");
              assertThat(p.reason()).startsWith("is not well-formed YAML");
            });
  }

  @Test
  void duplicate_keys_are_refused_rather_than_silently_overwritten() {
    assertThat(readInvalid("slug: one\nslug: two\n").getMessage()).contains("duplicate key");
  }

  @Test
  void an_export_reads_back_as_the_same_configuration() {
    for (TenantConfiguration tenant : DemoTenants.all()) {
      StringWriter exported = new StringWriter();
      new TenantConfigurationWriter().write(tenant, exported);

      assertThat(reader.read("export.yaml", new StringReader(exported.toString())))
          .isEqualTo(tenant);
    }
  }

  @Test
  void a_hospital_identity_provider_is_read_and_exported_again() {
    TenantConfiguration tenant =
        read(withIdentityProvider("https://login.st-elsewhere.example/realms/staff").yaml());

    assertThat(tenant.identityProvider())
        .contains(
            new HospitalIdentityProvider(
                URI.create("https://login.st-elsewhere.example/realms/staff"), "email"));
    StringWriter exported = new StringWriter();
    new TenantConfigurationWriter().write(tenant, exported);
    assertThat(read(exported.toString())).isEqualTo(tenant);
  }

  @Test
  void an_identity_provider_reached_without_tls_is_refused_unless_it_runs_on_this_machine() {
    assertThat(
            readInvalid(withIdentityProvider("http://login.st-elsewhere.example").yaml())
                .problems())
        .extracting(ConfigurationProblem::field)
        .containsExactly("identityProvider.issuer");
    assertThat(read(withIdentityProvider("http://localhost:9183/idp").yaml()).identityProvider())
        .isPresent();
  }

  private static TenantFile withIdentityProvider(String issuer) {
    return TenantFile.valid()
        .replace(
            "name: St Elsewhere",
            "name: St Elsewhere\nidentityProvider: {issuer: \""
                + issuer
                + "\", usernameClaim: email}");
  }

  @Test
  void a_house_diet_and_record_systems_are_read_and_a_diet_word_not_known_is_named() {
    TenantConfiguration tenant =
        read(
            withPatients(
                    "{houseDiet: {diets: [regular], foodLevel: 7, drinkLevel: 0},"
                        + " recordSystems: [PAS]}")
                .yaml());
    assertThat(tenant.patients().houseDiet())
        .contains(new PatientCare.HouseDiet(List.of(TherapeuticDiet.REGULAR), 7, 0));
    assertThat(tenant.patients().recordSystems()).containsExactly("PAS");
    assertThat(read(TenantFile.valid().yaml()).patients())
        .as("no section: no house diet")
        .isEqualTo(PatientCare.NONE);
    assertThat(
            readInvalid(
                    withPatients("{houseDiet: {diets: [cake], foodLevel: 8, drinkLevel: 0}}")
                        .yaml())
                .problems())
        .extracting(ConfigurationProblem::field)
        .containsExactlyInAnyOrder("patients.houseDiet.diets[0]", "patients.houseDiet.foodLevel");
  }

  @Test
  void roles_that_may_order_patients_meals_are_read_written_back_and_an_unknown_one_is_named() {
    TenantConfiguration tenant =
        read(withPatients("{recordSystems: [PAS], mealOrderingRoles: [kitchen-manager]}").yaml());
    assertThat(tenant.patients().mealOrderingRoles())
        .containsExactly(MealOrderingRole.KITCHEN_MANAGER);
    StringWriter exported = new StringWriter();
    new TenantConfigurationWriter().write(tenant, exported);
    assertThat(read(exported.toString()).patients()).isEqualTo(tenant.patients());
    assertThat(readInvalid(withPatients("{mealOrderingRoles: [platform-admin]}").yaml()).problems())
        .extracting(ConfigurationProblem::field)
        .containsExactly("patients.mealOrderingRoles[0]");
  }

  private static TenantFile withPatients(String section) {
    return TenantFile.valid()
        .replace("name: St Elsewhere", "name: St Elsewhere\npatients: " + section);
  }

  @Test
  void the_demo_tenants_are_valid_and_distinct() {
    assertThat(DemoTenants.all())
        .hasSizeGreaterThanOrEqualTo(2)
        .extracting(TenantConfiguration::slug)
        .doesNotHaveDuplicates();
    assertThat(DemoTenants.all())
        .allSatisfy(t -> assertThat(t.sites()).hasSizeGreaterThanOrEqualTo(2));
  }

  private TenantConfiguration read(String yaml) {
    return reader.read("test.yaml", new StringReader(yaml));
  }

  private InvalidTenantConfiguration readInvalid(String yaml) {
    return catchThrowableOfType(InvalidTenantConfiguration.class, () -> read(yaml));
  }
}
