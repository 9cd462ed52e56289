package org.trayflow.patients;

import java.util.List;

/**
 * A patient's meal that passed the guard, with the diet version it was checked against (re-read under a lock when
 * the order is written) and the diets it counts under in the kitchen's tallies.
 */
public record CheckedPatientMeal(long patientId, MealFor mealFor, int dietVersion, List<String> diets) {}
