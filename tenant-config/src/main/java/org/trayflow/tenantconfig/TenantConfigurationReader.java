package org.trayflow.tenantconfig;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one tenant's configuration file (YAML; {@code docs/tenant-configuration.md}).
 *
 * <p>Every problem in the file is reported at once, each naming its field, so that an administrator
 * fixes a file in one pass instead of one error per attempt.
 */
public final class TenantConfigurationReader {

  static final Set<String> TENANT_FIELDS =
      Set.of(
          "slug",
          "name",
          "timeZone",
          "locale",
          "payment",
          "dietTags",
          "dietTaxonomy",
          "allergenPolicy",
          "courses",
          "mealPeriods",
          "orderingLimits",
          "deferredDuringLunch",
          "sites",
          "identityProvider",
          "patients");
  private static final Set<String> PAYMENT_FIELDS =
      Set.of("mode", "currency", "dailyAllowance", "overdraftLimit");
  private static final Set<String> ALLERGEN_FIELDS =
      Set.of("scheme", "declarationRequired", "mayContain");
  private static final Set<String> MEAL_FIELDS =
      Set.of(
          "id", "name", "service", "orderingOpens", "orderingCloses", "cutOff", "defaultPortions");
  private static final Set<String> WINDOW_FIELDS = Set.of("from", "to");
  private static final Set<String> MOMENT_FIELDS = Set.of("daysBefore", "at");
  private static final Set<String> LIMIT_FIELDS = Set.of("ordersPerSlot", "ordersPerMinute");
  private static final Set<String> SITE_FIELDS = Set.of("slug", "name", "lunchWindow", "locations");
  private static final Set<String> LOCATION_FIELDS = Set.of("slug", "name", "kind");
  private static final Set<String> PROVIDER_FIELDS = Set.of("issuer", "usernameClaim");
  private static final Set<String> PATIENT_FIELDS =
      Set.of("houseDiet", "recordSystems", "mealOrderingRoles", "lateTrayMinutes");
  private static final Set<String> HOUSE_DIET_FIELDS = Set.of("diets", "foodLevel", "drinkLevel");

  public TenantConfiguration read(String source, Reader yaml) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    if (!(parse(source, yaml) instanceof Map<?, ?> root)) {
      throw new InvalidTenantConfiguration(
          source,
          List.of(new ConfigurationProblem("(document)", "must be a mapping of tenant fields")));
    }
    Fields tenant = new Fields("", root, TENANT_FIELDS, problems);
    List<Slug> dietTags = distinctSlugs(tenant, "dietTags");
    TenantConfiguration configuration =
        new TenantConfiguration(
            tenant.slug("slug"),
            tenant.text("name"),
            zone(tenant, "timeZone"),
            locale(tenant),
            payment(tenant.mapping("payment", PAYMENT_FIELDS)),
            dietTags,
            dietTaxonomy(tenant, dietTags),
            allergenPolicy(tenant.mapping("allergenPolicy", ALLERGEN_FIELDS)),
            courses(tenant),
            mealPeriods(tenant),
            orderingLimits(tenant.mapping("orderingLimits", LIMIT_FIELDS)),
            deferred(tenant),
            sites(tenant),
            identityProvider(tenant),
            patients(tenant));
    if (!problems.isEmpty()) {
      throw new InvalidTenantConfiguration(source, problems);
    }
    return configuration;
  }

  private static Object parse(String source, Reader yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (yaml) {
      return new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new InvalidTenantConfiguration(
          source,
          List.of(
              new ConfigurationProblem(
                  "(document)", "is not well-formed YAML: " + e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ZoneId zone(Fields tenant, String field) {
    String id = tenant.text(field);
    if (id == null) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      tenant.problem(
          field, "'" + id + "' is not a known time zone (use a region such as Europe/London)");
      return null;
    }
  }

  /**
   * Optional, British English when absent: a language Trayflow writes in and the country whose
   * formats the hospital uses (en-GB, en-US, fr-FR, fr-CA).
   */
  private static Locale locale(Fields tenant) {
    if (!tenant.has("locale")) {
      return Locale.forLanguageTag(Language.DEFAULT_HOSPITAL_LOCALE);
    }
    String tag = tenant.text("locale");
    if (tag == null) {
      return null;
    }
    Optional<Locale> locale = Language.hospitalLocale(tag);
    if (locale.isEmpty()) {
      tenant.problem(
          "locale", "'" + tag + "' is not a locale Trayflow writes in: " + Language.LOCALE_FORM);
    }
    return locale.orElse(null);
  }

  private static Payment payment(Fields payment) {
    if (payment == null) {
      return null;
    }
    Payment.Mode mode = payment.word("mode", Payment.Mode.class);
    Currency currency = currency(payment, "currency");
    var allowance = payment.optionalAmount("dailyAllowance");
    if (mode == Payment.Mode.ALLOWANCE && allowance.isEmpty() && !payment.has("dailyAllowance")) {
      payment.problem("dailyAllowance", "is required when the mode is allowance");
    }
    if (mode != null && mode != Payment.Mode.ALLOWANCE && payment.has("dailyAllowance")) {
      payment.problem("dailyAllowance", "applies only when the mode is allowance");
    }
    var overdraft = payment.optionalAmount("overdraftLimit");
    if (mode != null && mode != Payment.Mode.WALLET && payment.has("overdraftLimit")) {
      payment.problem("overdraftLimit", "applies only when the mode is wallet");
    }
    inMinorUnits(payment, "dailyAllowance", allowance, currency);
    inMinorUnits(payment, "overdraftLimit", overdraft, currency);
    return new Payment(mode, currency, allowance, overdraft);
  }

  /**
   * An amount finer than the currency's smallest coin would be rounded by every ledger: refused.
   */
  private static void inMinorUnits(
      Fields payment, String field, Optional<BigDecimal> amount, Currency currency) {
    if (currency != null && amount.isPresent() && !Payment.inMinorUnits(amount.get(), currency)) {
      payment.problem(field, "must be in whole " + Payment.minorUnits(currency));
    }
  }

  private static Currency currency(Fields fields, String field) {
    String code = fields.text(field);
    if (code == null) {
      return null;
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      fields.problem(
          field, "'" + code + "' is not an ISO 4217 currency code (such as GBP, EUR, USD)");
      return null;
    }
  }

  private static AllergenPolicy allergenPolicy(Fields policy) {
    if (policy == null) {
      return null;
    }
    AllergenPolicy.MayContain mayContain =
        policy.has("mayContain")
            ? policy.word("mayContain", AllergenPolicy.MayContain.class)
            : AllergenPolicy.MayContain.REFUSE;
    return new AllergenPolicy(
        policy.word("scheme", AllergenPolicy.Scheme.class),
        bool(policy.bool("declarationRequired")),
        mayContain);
  }

  /** Optional: the kitchen's courses in serving order, each named once. */
  private static CourseOrder courses(Fields tenant) {
    if (!tenant.has("courses")) {
      return CourseOrder.byName();
    }
    List<String> courses = tenant.texts("courses");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < courses.size(); i++) {
      if (!seen.add(courses.get(i).toLowerCase(Locale.ROOT))) {
        tenant.problem("courses[" + i + "]", "'" + courses.get(i) + "' is listed twice");
      }
    }
    return new CourseOrder(courses);
  }

  /** Optional: each key a diet tag, its value the diet tags a dish carrying it also meets. */
  private static DietTaxonomy dietTaxonomy(Fields tenant, List<Slug> dietTags) {
    if (!tenant.has("dietTaxonomy")) {
      return DietTaxonomy.NONE;
    }
    Map<?, ?> written = tenant.pairs("dietTaxonomy");
    Map<Slug, Set<Slug>> implies = new LinkedHashMap<>();
    written.forEach(
        (key, value) -> {
          String field = "dietTaxonomy." + key;
          Slug tag = dietTag(tenant, field, String.valueOf(key), dietTags);
          if (!(value instanceof List<?> met)) {
            tenant.problem(field, "must be a list of diet tags, such as [vegetarian, halal]");
            return;
          }
          Set<Slug> leadsTo = new LinkedHashSet<>();
          for (int i = 0; i < met.size(); i++) {
            Slug next =
                dietTag(tenant, field + "[" + i + "]", String.valueOf(met.get(i)), dietTags);
            if (next != null && next.equals(tag)) {
              tenant.problem(
                  field + "[" + i + "]",
                  "a tag always meets itself; list only the other tags it meets");
            } else if (next != null) {
              leadsTo.add(next);
            }
          }
          if (tag != null) {
            implies.put(tag, leadsTo);
          }
        });
    return new DietTaxonomy(implies);
  }

  private static Slug dietTag(Fields tenant, String field, String text, List<Slug> dietTags) {
    if (Slug.isWellFormed(text) && dietTags.contains(new Slug(text))) {
      return new Slug(text);
    }
    tenant.problem(field, "'" + text + "' is not one of the diet tags listed in dietTags");
    return null;
  }

  private static List<MealPeriod> mealPeriods(Fields tenant) {
    List<Map<?, ?>> entries = tenant.list("mealPeriods");
    if (entries == null) {
      return List.of();
    }
    if (entries.isEmpty()) {
      tenant.problem("mealPeriods", "must list at least one meal period");
    }
    List<MealPeriod> meals = new ArrayList<>();
    Set<Slug> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Fields meal = tenant.element("mealPeriods", i, entries.get(i), MEAL_FIELDS);
      MealPeriod period =
          new MealPeriod(
              meal.slug("id"),
              meal.text("name"),
              window(meal, "service"),
              moment(meal, "orderingOpens"),
              moment(meal, "orderingCloses"),
              moment(meal, "cutOff"),
              integer(meal.integer("defaultPortions", 0, 100_000)));
      if (period.id() != null && !ids.add(period.id())) {
        meal.problem("id", "'" + period.id() + "' is used by another meal period");
      }
      checkOrderingTimes(meal, period);
      for (int j = 0; j < meals.size(); j++) {
        if (overlap(meals.get(j), period)) {
          meal.problem(
              "service",
              "overlaps the service of mealPeriods[" + j + "] (" + meals.get(j).name() + ")");
        }
      }
      meals.add(period);
    }
    return meals;
  }

  private static void checkOrderingTimes(Fields meal, MealPeriod period) {
    if (period.orderingOpens() != null
        && period.orderingCloses() != null
        && !period.orderingCloses().isAfter(period.orderingOpens())) {
      meal.problem("orderingCloses", "must be after orderingOpens");
    }
    if (period.orderingCloses() != null
        && period.cutOff() != null
        && period.orderingCloses().isAfter(period.cutOff())) {
      meal.problem(
          "cutOff",
          "must not be before orderingCloses: changes stop at the cut-off, new orders at or before it");
    }
    if (period.cutOff() != null
        && period.service() != null
        && period.cutOff().isAfter(new OrderingMoment(0, period.service().from()))) {
      meal.problem(
          "cutOff", "must not be after the service starts (" + period.service().from() + ")");
    }
  }

  private static boolean overlap(MealPeriod a, MealPeriod b) {
    return a.service() != null && b.service() != null && a.service().overlaps(b.service());
  }

  private static OrderingLimits orderingLimits(Fields limits) {
    return limits == null
        ? null
        : new OrderingLimits(
            integer(limits.integer("ordersPerSlot", 1, 50)),
            integer(limits.integer("ordersPerMinute", 1, 600)));
  }

  private static Set<NotificationKind> deferred(Fields tenant) {
    Set<NotificationKind> kinds = new LinkedHashSet<>();
    List<String> words = tenant.texts("deferredDuringLunch");
    for (int i = 0; i < words.size(); i++) {
      kinds.add(
          tenant.wordOf("deferredDuringLunch[" + i + "]", words.get(i), NotificationKind.class));
    }
    kinds.remove(null);
    return kinds;
  }

  private static List<SiteConfiguration> sites(Fields tenant) {
    List<Map<?, ?>> entries = tenant.list("sites");
    if (entries == null) {
      return List.of();
    }
    if (entries.isEmpty()) {
      tenant.problem("sites", "must list at least one site");
    }
    List<SiteConfiguration> sites = new ArrayList<>();
    Set<Slug> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Fields site = tenant.element("sites", i, entries.get(i), SITE_FIELDS);
      Slug slug = site.slug("slug");
      if (slug != null && !seen.add(slug)) {
        site.problem("slug", "'" + slug + "' is used by another site of this tenant");
      }
      sites.add(
          new SiteConfiguration(
              slug, site.text("name"), window(site, "lunchWindow"), locations(site)));
    }
    return sites;
  }

  private static List<Location> locations(Fields site) {
    List<Map<?, ?>> entries = site.list("locations");
    if (entries == null) {
      return List.of();
    }
    List<Location> locations = new ArrayList<>();
    Set<Slug> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Fields location = site.element("locations", i, entries.get(i), LOCATION_FIELDS);
      Slug slug = location.slug("slug");
      if (slug != null && !seen.add(slug)) {
        location.problem("slug", "'" + slug + "' is used by another location of this site");
      }
      locations.add(
          new Location(slug, location.text("name"), location.word("kind", Location.Kind.class)));
    }
    return locations;
  }

  private static PatientCare patients(Fields tenant) {
    if (!tenant.has("patients")) {
      return PatientCare.NONE;
    }
    Fields patients = tenant.mapping("patients", PATIENT_FIELDS);
    if (patients == null) {
      return PatientCare.NONE;
    }
    Optional<PatientCare.HouseDiet> houseDiet = Optional.empty();
    if (patients.has("houseDiet")) {
      Fields house = patients.mapping("houseDiet", HOUSE_DIET_FIELDS);
      if (house != null) {
        List<String> words = house.texts("diets");
        if (words.isEmpty()) {
          house.problem("diets", "must name at least one diet");
        }
        List<TherapeuticDiet> diets = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
          diets.add(house.wordOf("diets[" + i + "]", words.get(i), TherapeuticDiet.class));
        }
        diets.removeIf(Objects::isNull);
        houseDiet =
            Optional.of(
                new PatientCare.HouseDiet(
                    diets,
                    integer(house.integer("foodLevel", 3, 7)),
                    integer(house.integer("drinkLevel", 0, 4))));
      }
    }
    Set<String> systems =
        patients.has("recordSystems")
            ? new LinkedHashSet<>(patients.texts("recordSystems"))
            : Set.of();
    Set<MealOrderingRole> mealRoles = new LinkedHashSet<>();
    List<String> roleWords =
        patients.has("mealOrderingRoles") ? patients.texts("mealOrderingRoles") : List.of();
    for (int i = 0; i < roleWords.size(); i++) {
      mealRoles.add(
          patients.wordOf(
              "mealOrderingRoles[" + i + "]", roleWords.get(i), MealOrderingRole.class));
    }
    mealRoles.remove(null);
    int lateTrays =
        patients.has("lateTrayMinutes")
            ? integer(patients.integer("lateTrayMinutes", 0, PatientCare.MOST_LATE_TRAY_MINUTES))
            : 0;
    return new PatientCare(houseDiet, systems, mealRoles, lateTrays);
  }

  private static Optional<HospitalIdentityProvider> identityProvider(Fields tenant) {
    if (!tenant.has("identityProvider")) {
      return Optional.empty();
    }
    Fields provider = tenant.mapping("identityProvider", PROVIDER_FIELDS);
    if (provider == null) {
      return Optional.empty();
    }
    URI issuer = issuer(provider);
    String claim = provider.text("usernameClaim");
    return issuer == null || claim == null
        ? Optional.empty()
        : Optional.of(new HospitalIdentityProvider(issuer, claim));
  }

  private static URI issuer(Fields provider) {
    String text = provider.text("issuer");
    if (text == null) {
      return null;
    }
    try {
      URI issuer = new URI(text);
      if (HospitalIdentityProvider.isAcceptableIssuer(issuer)) {
        return issuer;
      }
    } catch (URISyntaxException e) {
      // reported below, like any other unacceptable issuer
    }
    provider.problem(
        "issuer",
        "'"
            + text
            + "' must be an https URL without query or fragment"
            + " (http is accepted for localhost only)");
    return null;
  }

  private static TimeWindow window(Fields parent, String field) {
    Fields window = parent.mapping(field, WINDOW_FIELDS);
    if (window == null) {
      return null;
    }
    LocalTime from = window.time("from");
    LocalTime to = window.time("to");
    if (from == null || to == null) {
      return null;
    }
    if (!to.isAfter(from)) {
      window.problem("to", "must be after from (" + from + ")");
      return null;
    }
    return new TimeWindow(from, to);
  }

  private static OrderingMoment moment(Fields parent, String field) {
    Fields moment = parent.mapping(field, MOMENT_FIELDS);
    if (moment == null) {
      return null;
    }
    Integer daysBefore = moment.integer("daysBefore", 0, 28);
    LocalTime at = moment.time("at");
    return daysBefore == null || at == null ? null : new OrderingMoment(daysBefore, at);
  }

  private static List<Slug> distinctSlugs(Fields tenant, String field) {
    List<Slug> slugs = new ArrayList<>();
    List<String> texts = tenant.texts(field);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (!Slug.isWellFormed(text)) {
        tenant.problem(field + "[" + i + "]", "'" + text + "' " + Slug.describeForm());
      } else if (slugs.contains(new Slug(text))) {
        tenant.problem(field + "[" + i + "]", "'" + text + "' is listed twice");
      } else {
        slugs.add(new Slug(text));
      }
    }
    return slugs;
  }

  /**
   * Values of fields already reported as missing; the configuration is thrown away in that case.
   */
  private static int integer(Integer value) {
    return Objects.requireNonNullElse(value, 0);
  }

  private static boolean bool(Boolean value) {
    return Objects.requireNonNullElse(value, false);
  }
}
