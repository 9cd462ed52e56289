package org.trayflow.ui.wards;

import static org.trayflow.ui.Translations.words;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trayflow.patients.DietAtMeal;
import org.trayflow.patients.Iddsi;
import org.trayflow.patients.PatientDiet;
import org.trayflow.tenantconfig.TherapeuticDiet;
import org.trayflow.ui.DietNames;
import org.trayflow.ui.IddsiWords;
import org.trayflow.ui.Times;

/**
 * A patient's diet at a meal as the ward reads it, in the reader's language: the diets, the
 * hospital's own needs as it writes them (halal, kosher), and textures other than regular; a hold
 * with its reason and end. A missing diet order is said as the record says it.
 */
final class DietWords {

  private DietWords() {}

  static String of(DietAtMeal diet, ZoneId zone) {
    if (diet instanceof DietAtMeal.Diet fed) {
      String summary = of(fed.diet());
      return fed.order().isEmpty() ? words("diet.house", summary) : summary;
    }
    if (diet instanceof DietAtMeal.NilByMouth hold) {
      String reason = hold.hold().holdReason();
      return words("diet.nilByMouth")
          + (reason.isEmpty() ? "" : " (" + reason + ")")
          + hold.hold()
              .end()
              .map(end -> " " + words("diet.until", Times.dayTime().format(end.atZone(zone))))
              .orElse("");
    }
    return diet.summary();
  }

  /** The diets in the reader's words, in the order of their configuration words. */
  static List<String> names(Set<TherapeuticDiet> diets) {
    return diets.stream()
        .sorted(Comparator.comparing(TherapeuticDiet::word))
        .map(DietNames::of)
        .toList();
  }

  private static String of(PatientDiet diet) {
    List<String> parts = new ArrayList<>(names(diet.diets()));
    parts.addAll(new TreeSet<>(diet.culturalNeeds()));
    StringBuilder line = new StringBuilder(String.join(", ", parts));
    if (diet.foodLevel() != Iddsi.REGULAR_FOOD) {
      line.append(" · ").append(words("diet.food", IddsiWords.food(diet.foodLevel())));
    }
    if (diet.drinkLevel() != Iddsi.THIN_DRINK) {
      line.append(" · ").append(words("diet.drinks", IddsiWords.drink(diet.drinkLevel())));
    }
    return line.toString();
  }
}
