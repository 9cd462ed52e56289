package org.trayflow.patients;

import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;

/**
 * One bed of a ward board: the patient, what their diet allows at the meal, the meals ordered at
 * the bed (theirs, and any guest or carer meals) with their status and any flag, and the changes
 * that loosened the patient's diet that nobody has looked at yet.
 */
public record WardBed(
    Patient patient, DietAtMeal diet, List<BedsideMeal> meals, List<PatientChange> toLookAt) {

  /**
   * @param flag the open flag after a diet change, null when there is none
   */
  public record BedsideMeal(
      OrderId orderId, MealFor mealFor, MealStage stage, List<String> dishes, MealFlag flag) {}

  /** The patient's own meal, if ordered and not cancelled. */
  public Optional<BedsideMeal> patientsMeal() {
    return meals.stream()
        .filter(m -> m.mealFor() == MealFor.PATIENT && m.stage() != MealStage.CANCELLED)
        .findFirst();
  }
}
