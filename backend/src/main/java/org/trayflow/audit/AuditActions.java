package org.trayflow.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of the audit log in the words of the people who read it. Features record an action by
 * a stable key ({@code person.added}), which the log keeps for filtering and export; every screen
 * shows these words instead.
 */
public final class AuditActions {

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("person.added", "Person added"),
          Map.entry("person.details-changed", "Person's details corrected"),
          Map.entry("person.roles-changed", "Roles changed"),
          Map.entry("person.deactivated", "Person deactivated"),
          Map.entry("person.reactivated", "Person reactivated"),
          Map.entry("person.password-reset", "Password reset"),
          Map.entry("person.sign-ins-forgiven", "Failed sign-ins forgiven"),
          Map.entry("password.chosen", "Own password chosen"),
          Map.entry("api-client.registered", "Record system connected"),
          Map.entry("api-client.revoked", "Record system's access revoked"),
          Map.entry("configuration.imported", "Configuration changed"),
          Map.entry("configuration.rolled-back", "Configuration rolled back"),
          Map.entry("tenant.registered", "Hospital registered"),
          Map.entry("tenant.suspended", "Hospital suspended"),
          Map.entry("tenant.reactivated", "Hospital reactivated"),
          Map.entry("menu.published", "Menu published"),
          Map.entry("diet-order", "Diet order entered"),
          Map.entry("diet-order-discontinued", "Diet order discontinued"),
          Map.entry("diet-order-released", "Nil by mouth released"),
          Map.entry("allergies-declared", "Allergies recorded"),
          Map.entry("patient-change.seen", "Patient change acknowledged"),
          Map.entry("wallet.topped-up", "Wallet topped up"),
          Map.entry("bedside-pass.issued", "Bedside sign-in issued"),
          Map.entry("bedside-pass.ended", "Bedside sign-in ended"),
          Map.entry("payroll.exported", "Payroll deductions exported"));

  private AuditActions() {}

  /**
   * The action in words; a key no feature has named yet reads as its own words ("menu.copied":
   * "Menu copied").
   */
  public static String inWords(String action) {
    return Optional.ofNullable(WORDS.get(action))
        .orElseGet(
            () -> {
              String words = action.replace('.', ' ').replace('-', ' ').strip();
              return words.isEmpty()
                  ? action
                  : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
            });
  }

  /** Every action with words of its own, for the log's filter. */
  public static Map<String, String> known() {
    return WORDS;
  }
}
