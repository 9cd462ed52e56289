package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trayflow.notifications.persistence.TenantWordings;
import org.trayflow.tenantconfig.Location;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.NotificationKind;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * A notification's subject and text in the recipient's language: the tenant's own wording of the
 * kind when it has one, else Trayflow's (templates*.properties); {placeholders} filled from the
 * message, names as the hospital calls them.
 */
@ApplicationScoped
class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  static final String OWN = "org.trayflow.notifications.templates";

  @Inject TenantWordings tenants;

  record Rendered(String subject, String body) {}

  Rendered render(
      TenantConfiguration hospital, NotificationKind kind, String language, JsonObject payload) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle own =
        ResourceBundle.getBundle(
            OWN,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    TenantWordings.Wording wording =
        tenants
            .of(kind, language)
            .orElseGet(
                () ->
                    new TenantWordings.Wording(
                        own.getString(kind.word() + ".subject"),
                        own.getString(kind.word() + ".body")));
    Map<String, String> values = values(hospital, payload, own, locale);
    return new Rendered(fill(wording.subject(), values), fill(wording.body(), values));
  }

  private static Map<String, String> values(
      TenantConfiguration hospital, JsonObject payload, ResourceBundle own, Locale locale) {
    Map<String, String> values = new HashMap<>();
    payload.forEach(
        (key, value) ->
            values.put(
                key, value instanceof JsonString text ? text.getString() : value.toString()));
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
    if (payload.containsKey("serviceDate")) {
      values.put("day", LocalDate.parse(payload.getString("serviceDate")).format(day));
    }
    if (payload.containsKey("weekStart")) {
      values.put("weekStart", LocalDate.parse(payload.getString("weekStart")).format(day));
    }
    if (payload.containsKey("mealPeriod")) {
      values.put(
          "meal",
          hospital
              .mealPeriod(payload.getString("mealPeriod"))
              .map(MealPeriod::name)
              .orElse(payload.getString("mealPeriod")));
    }
    hospital
        .site(payload.getString("site", ""))
        .ifPresent(
            site -> {
              values.put("site", site.name());
              locationName(site, payload).ifPresent(name -> values.put("location", name));
            });
    if (payload.containsKey("lines")) {
      values.put(
          "lines",
          String.join(
              ", ",
              payload.getJsonArray("lines").stream()
                  .map(JsonValue::asJsonObject)
                  .map(line -> line.getInt("quantity") + " × " + line.getString("name"))
                  .toList()));
    }
    if (payload.containsKey("status")) {
      values.put("status", own.getString("status." + payload.getString("status")));
    }
    return values;
  }

  private static Optional<String> locationName(SiteConfiguration site, JsonObject payload) {
    return site.locations().stream()
        .filter(l -> l.slug().value().equals(payload.getString("location", "")))
        .map(Location::name)
        .findFirst();
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          filled,
          Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), placeholder.group())));
    }
    return placeholder.appendTail(filled).toString();
  }
}
