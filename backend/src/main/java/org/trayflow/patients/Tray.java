package org.trayflow.patients;

import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;

/**
 * One tray to label: where it goes, whose it is, what it must and must not be, and what is on it.
 *
 * @param ward the ward's name, as on its door
 * @param diet what the patient's diet orders allow at the meal, as the ward reads it
 * @param foodLevel the IDDSI food level the tray must keep to; none for a guest's or carer's tray
 * @param drinkLevel the IDDSI drink level: drinks at least this thick
 * @param flag why the tray is held back (the diet changed after ordering), if it is
 * @param chosenAtBedsideBy who chose it at the bedside with a pass, if not the ward
 */
public record Tray(
    OrderId orderId,
    String ward,
    String bed,
    String patient,
    String mrn,
    MealFor mealFor,
    String diet,
    Optional<Integer> foodLevel,
    Optional<Integer> drinkLevel,
    List<String> allergens,
    String otherAllergies,
    List<String> dishes,
    MealStage stage,
    Optional<MealFlag> flag,
    Optional<String> chosenAtBedsideBy) {}
