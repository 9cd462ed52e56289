package org.trayflow.ui;

import static java.util.stream.Collectors.joining;
import static org.trayflow.ui.Translations.counted;
import static org.trayflow.ui.Translations.words;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.HospitalMoney;
import org.trayflow.platform.Wording;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A refusal as the screen's reader reads it: the failure's {@link Wording} in their language, dates
 * and amounts in their formats; a failure worded in English only is shown as it is.
 */
public final class FailureWords {

  private FailureWords() {}

  public static String of(ExpectedFailure failure) {
    return failure.wording().map(FailureWords::say).orElse(failure.getMessage());
  }

  public static String say(Wording wording) {
    return words(
        "failure." + wording.key(), wording.facts().stream().map(FailureWords::fact).toArray());
  }

  /**
   * A refusal by its details where it has them (a form's fields), each a sentence in the reader's
   * words, or "field: reason." as the API gives it where unworded; else the refusal itself.
   */
  public static String details(ExpectedFailure failure) {
    return failure.details().isEmpty()
        ? of(failure)
        : failure.details().stream()
            .map(
                d ->
                    d.wording()
                        .map(FailureWords::say)
                        .orElseGet(() -> sentence(d.field() + ": " + d.reason())))
            .collect(joining(" "));
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  /** One detail's reason, for the field it is placed next to. */
  public static String reason(ExpectedFailure.Detail detail) {
    return detail.wording().map(FailureWords::say).orElse(detail.reason());
  }

  /** Clauses of one sentence ("allergy removed: milk; IDDSI food level 4 → 6"), each worded. */
  public static String say(List<Wording> clauses) {
    return clauses.stream().map(FailureWords::say).collect(joining("; "));
  }

  private static String fact(Object fact) {
    if (fact instanceof Wording wording) {
      return say(wording);
    }
    if (fact instanceof List<?> list) {
      // clauses, which may hold commas themselves, apart from the items of one clause
      boolean clauses = !list.isEmpty() && list.get(0) instanceof Wording;
      return list.stream().map(FailureWords::fact).collect(joining(clauses ? "; " : ", "));
    }
    if (fact instanceof Allergen allergen) {
      // English names it by its configuration word, as the API and the audit do
      return Times.locale().getLanguage().equals(Language.ENGLISH.code())
          ? allergen.word()
          : words("allergen." + allergen.word());
    }
    if (fact instanceof TherapeuticDiet diet) {
      return DietNames.of(diet);
    }
    if (fact instanceof LocalDate day) {
      return Times.day().format(day);
    }
    if (fact instanceof ZonedDateTime moment) {
      return Times.dayTime().format(moment);
    }
    if (fact instanceof Wording.Money money) {
      return HospitalMoney.format(money.amount(), money.currency(), Times.locale());
    }
    if (fact instanceof Duration wait) {
      // rounded up: "in 1 second" rather than "in 0 seconds"
      long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
      return seconds < 90
          ? counted("failure.seconds", seconds)
          : counted("failure.minutes", (seconds + 59) / 60);
    }
    return String.valueOf(fact);
  }
}
