package org.trayflow.tenantconfig;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a tenant's configuration in the file format that {@link TenantConfigurationReader} reads,
 * so that reading what was written gives the same configuration (an export can be edited and
 * imported again).
 */
public final class TenantConfigurationWriter {

  public void write(TenantConfiguration tenant, Writer out) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    new Yaml(options).dump(document(tenant), out);
  }

  private static Map<String, Object> document(TenantConfiguration tenant) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("slug", tenant.slug().value());
    document.put("name", tenant.name());
    document.put("timeZone", tenant.timeZone().getId());
    document.put("locale", tenant.locale().toLanguageTag());
    document.put("payment", payment(tenant.payment()));
    document.put("dietTags", tenant.dietTags().stream().map(Slug::value).toList());
    if (!tenant.dietTaxonomy().implies().isEmpty()) {
      Map<String, Object> taxonomy = new LinkedHashMap<>();
      tenant.dietTaxonomy().asWords().forEach((tag, met) -> taxonomy.put(tag, List.copyOf(met)));
      document.put("dietTaxonomy", taxonomy);
    }
    Map<String, Object> allergens = new LinkedHashMap<>();
    allergens.put("scheme", tenant.allergenPolicy().scheme().word());
    allergens.put("declarationRequired", tenant.allergenPolicy().declarationRequired());
    allergens.put("mayContain", tenant.allergenPolicy().mayContain().word());
    document.put("allergenPolicy", allergens);
    if (!tenant.courses().courses().isEmpty()) {
      document.put("courses", tenant.courses().courses());
    }
    document.put(
        "mealPeriods",
        tenant.mealPeriods().stream().map(TenantConfigurationWriter::mealPeriod).toList());
    document.put(
        "orderingLimits",
        Map.of(
            "ordersPerSlot", tenant.orderingLimits().ordersPerSlot(),
            "ordersPerMinute", tenant.orderingLimits().ordersPerMinute()));
    document.put(
        "deferredDuringLunch",
        tenant.deferredDuringLunch().stream().sorted().map(NotificationKind::word).toList());
    document.put("sites", tenant.sites().stream().map(TenantConfigurationWriter::site).toList());
    tenant
        .identityProvider()
        .ifPresent(
            provider ->
                document.put(
                    "identityProvider",
                    orderedPair(
                        "issuer",
                        provider.issuer().toString(),
                        "usernameClaim",
                        provider.usernameClaim())));
    if (!tenant.patients().equals(PatientCare.NONE)) {
      document.put("patients", patients(tenant.patients()));
    }
    return document;
  }

  private static Map<String, Object> patients(PatientCare patients) {
    Map<String, Object> fields = new LinkedHashMap<>();
    patients
        .houseDiet()
        .ifPresent(
            house -> {
              Map<String, Object> diet = new LinkedHashMap<>();
              diet.put("diets", house.diets().stream().map(TherapeuticDiet::word).toList());
              diet.put("foodLevel", house.foodLevel());
              diet.put("drinkLevel", house.drinkLevel());
              fields.put("houseDiet", diet);
            });
    fields.put("recordSystems", patients.recordSystems().stream().sorted().toList());
    if (patients.lateTrayMinutes() > 0) {
      fields.put("lateTrayMinutes", patients.lateTrayMinutes());
    }
    if (!patients.mealOrderingRoles().isEmpty()) {
      fields.put(
          "mealOrderingRoles",
          patients.mealOrderingRoles().stream().sorted().map(MealOrderingRole::word).toList());
    }
    return fields;
  }

  private static Map<String, Object> payment(Payment payment) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("mode", payment.mode().word());
    fields.put("currency", payment.currency().getCurrencyCode());
    payment
        .dailyAllowance()
        .ifPresent(amount -> fields.put("dailyAllowance", amount.doubleValue()));
    payment
        .overdraftLimit()
        .ifPresent(amount -> fields.put("overdraftLimit", amount.doubleValue()));
    return fields;
  }

  private static Map<String, Object> mealPeriod(MealPeriod meal) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", meal.id().value());
    fields.put("name", meal.name());
    fields.put("service", window(meal.service()));
    fields.put("orderingOpens", moment(meal.orderingOpens()));
    fields.put("orderingCloses", moment(meal.orderingCloses()));
    fields.put("cutOff", moment(meal.cutOff()));
    fields.put("defaultPortions", meal.defaultPortions());
    return fields;
  }

  private static Map<String, Object> site(SiteConfiguration site) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", site.slug().value());
    fields.put("name", site.name());
    fields.put("lunchWindow", window(site.lunchWindow()));
    fields.put(
        "locations", site.locations().stream().map(TenantConfigurationWriter::location).toList());
    return fields;
  }

  private static Map<String, Object> location(Location location) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", location.slug().value());
    fields.put("name", location.name());
    fields.put("kind", location.kind().word());
    return fields;
  }

  private static Map<String, Object> window(TimeWindow window) {
    return orderedPair("from", window.from().toString(), "to", window.to().toString());
  }

  private static Map<String, Object> moment(OrderingMoment moment) {
    return orderedPair("daysBefore", moment.daysBefore(), "at", moment.at().toString());
  }

  private static Map<String, Object> orderedPair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put(k1, v1);
    pair.put(k2, v2);
    return pair;
  }
}
