package org.trayflow.patients.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * The diet codes Trayflow reads from a hospital's record, in HL7 ODS-3 and FHIR oralDiet codings
 * alike ({@code docs/patient-records.md}): a therapeutic diet's word ({@code renal}, {@code
 * LOW_SODIUM}), {@code NPO}, and IDDSI levels as {@code IDDSI-F5} (food) or {@code IDDSI-D2}
 * (drinks).
 */
final class DietCodes {

  private static final Pattern IDDSI = Pattern.compile("IDDSI-([FD])([0-7])");

  private DietCodes() {}

  static boolean isNilByMouth(String code) {
    String word = normal(code);
    return word.equals("npo") || word.equals("nil-by-mouth") || word.equals("nothing-by-mouth");
  }

  static Optional<TherapeuticDiet> diet(String code) {
    return TherapeuticDiet.fromWord(normal(code));
  }

  /**
   * @return the food level of {@code IDDSI-F5}, empty for anything else
   */
  static Optional<Integer> foodLevel(String code) {
    return level(code, "F");
  }

  static Optional<Integer> drinkLevel(String code) {
    return level(code, "D");
  }

  private static Optional<Integer> level(String code, String kind) {
    Matcher matcher = IDDSI.matcher(code.strip().toUpperCase(Locale.ROOT));
    return matcher.matches() && matcher.group(1).equals(kind)
        ? Optional.of(Integer.parseInt(matcher.group(2)))
        : Optional.empty();
  }

  /** A cultural or religious need as the diet tag dishes carry: {@code HALAL} → {@code halal}. */
  static String need(String code) {
    return normal(code);
  }

  private static String normal(String code) {
    return code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }
}
