package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * The verdict on a patient's meal: every dish against the diet in force when the meal is served.
 */
public final class MealGuard {

  private MealGuard() {}

  /** When the meal is served: its service's start, in the hospital's time zone. */
  public static Instant servedAt(TenantConfiguration hospital, LocalDate day, String mealPeriod) {
    return hospital
        .mealPeriod(mealPeriod)
        .map(meal -> day.atTime(meal.service().from()).atZone(hospital.timeZone()).toInstant())
        .orElseGet(() -> day.atStartOfDay(hospital.timeZone()).toInstant());
  }

  /**
   * Every reason the meal cannot be served to the patient, each naming its dish; empty when it is
   * safe.
   */
  public static List<String> conflicts(DietAtMeal diet, List<OfferedDish> dishes, DietRules rules) {
    if (!(diet instanceof DietAtMeal.Diet)) {
      return List.of(diet.summary());
    }
    List<String> conflicts = new ArrayList<>();
    dishes.forEach(
        dish ->
            conflicts(diet, dish, rules)
                .forEach(conflict -> conflicts.add(dish.name() + ": " + conflict.english())));
    return conflicts;
  }

  /** Every reason the dish cannot be served to the patient; empty when it is safe. */
  public static List<Conflict> conflicts(DietAtMeal diet, OfferedDish dish, DietRules rules) {
    return diet instanceof DietAtMeal.Diet fed
        ? MealSafety.conflicts(fed.diet(), dish, rules)
        : List.of(new Conflict.NotFed(diet));
  }

  /**
   * The diet's words for tallies ({@code diabetic}, {@code renal}…), empty unless the patient is
   * fed.
   */
  public static List<String> dietWords(DietAtMeal diet) {
    return diet instanceof DietAtMeal.Diet fed
        ? fed.diet().diets().stream().map(TherapeuticDiet::word).sorted().toList()
        : List.of();
  }
}
