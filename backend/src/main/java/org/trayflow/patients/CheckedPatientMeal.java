package org.trayflow.patients;

import java.util.List;
import org.trayflow.ids.PatientId;

/**
 * A patient's meal that passed the guard, with the diet version it was checked against (re-read
 * under a lock when the order is written) and the diets it counts under in the kitchen's tallies.
 *
 * @param checkedByHandAgainst the allergies Trayflow cannot check that the orderer checked every
 *     dish against by hand; empty when the patient had none
 * @param lateTrayReason why the tray was ordered after ordering closed; empty when it was ordered
 *     in time
 */
public record CheckedPatientMeal(
    PatientId patientId,
    MealFor mealFor,
    int dietVersion,
    List<String> diets,
    String checkedByHandAgainst,
    String lateTrayReason) {}
