package org.trayflow.patients;

import java.util.List;

/**
 * One tray to label: where it goes, whose it is, what it must and must not be, and what is on it.
 *
 * @param ward the ward's name, as on its door
 * @param diet what the patient's diet orders allow at the meal, as the ward reads it
 * @param flag why the tray is held back (the diet changed after ordering), empty when it is not
 */
public record Tray(String ward, String bed, String patient, String mrn, MealFor mealFor, String diet,
    List<String> allergens, String otherAllergies, List<String> dishes, String status, String flag) {}
