package org.trayflow.patients;

import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.menus.Nutrition;

/**
 * One bed of a ward board: the patient, what their diet allows at the meal, the meals ordered at
 * the bed (theirs, and any guest or carer meals) with their status and any flag, the changes that
 * loosened the patient's diet that nobody has looked at yet, and the day's meals so far.
 */
public record WardBed(
    Patient patient,
    DietAtMeal diet,
    List<BedsideMeal> meals,
    List<PatientChange> toLookAt,
    DayOrdered day) {

  /**
   * The patient's own meals ordered for the whole day so far, against what their diet order aims
   * at, where it says.
   *
   * @param ordered nought when nothing is ordered; a figure some dish has no label for is unknown
   */
  public record DayOrdered(Nutrition ordered, NutritionTargets targets) {}

  /**
   * @param flag the open flag after a diet change, null when there is none
   * @param chosenAtBedsideBy the holder of the bedside pass it was chosen with; empty when the ward
   *     ordered it
   */
  public record BedsideMeal(
      OrderId orderId,
      MealFor mealFor,
      MealStage stage,
      List<String> dishes,
      MealFlag flag,
      Optional<String> chosenAtBedsideBy) {}

  /** The patient's own meal, if ordered and not cancelled. */
  public Optional<BedsideMeal> patientsMeal() {
    return meals.stream()
        .filter(m -> m.mealFor() == MealFor.PATIENT && m.stage() != MealStage.CANCELLED)
        .findFirst();
  }
}
