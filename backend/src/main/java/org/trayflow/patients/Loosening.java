package org.trayflow.patients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * What a change lets a patient be served that they could not be served before: an allergy removed,
 * a higher IDDSI food level or thinner drinks, a diet or a cultural need no longer required, a
 * nil-by-mouth hold ended. Such a change may be right (the record corrected, the patient's swallow
 * improved), but nobody should learn of it by accident.
 */
final class Loosening {

  private Loosening() {}

  static Optional<String> ofAllergies(Set<Allergen> before, String otherBefore, Allergies after) {
    List<String> loosened = new ArrayList<>();
    Set<String> removed =
        before.stream()
            .filter(allergen -> !after.declared().contains(allergen))
            .map(Allergen::word)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!removed.isEmpty()) {
      loosened.add("allergy removed: " + String.join(", ", removed));
    }
    if (!otherBefore.isBlank() && !after.other().equals(otherBefore)) {
      loosened.add(
          "other allergies were \""
              + otherBefore
              + "\", now "
              + (after.other().isEmpty() ? "none" : "\"" + after.other() + "\""));
    }
    return joined(loosened);
  }

  /**
   * @param inForce the diet order in force when the new one starts, if any
   */
  static Optional<String> ofDietOrder(Optional<DietOrder> inForce, NewDietOrder next) {
    if (inForce.isEmpty() || next.npo()) {
      return Optional.empty(); // nothing was allowed before, or nothing is now
    }
    DietOrder before = inForce.get();
    if (before.npo()) {
      return Optional.of("nil-by-mouth hold ended by a new diet order");
    }
    List<String> loosened = new ArrayList<>();
    if (before.foodLevel() != null
        && next.foodLevel() != null
        && next.foodLevel() > before.foodLevel()) {
      loosened.add("IDDSI food level " + before.foodLevel() + " → " + next.foodLevel());
    }
    if (before.drinkLevel() != null
        && next.drinkLevel() != null
        && next.drinkLevel() < before.drinkLevel()) {
      loosened.add(
          "IDDSI drink level " + before.drinkLevel() + " → " + next.drinkLevel() + " (thinner)");
    }
    Set<String> dietsDropped =
        before.diets().stream()
            .filter(diet -> !next.diets().contains(diet))
            .filter(TherapeuticDiet::needsTag)
            .map(TherapeuticDiet::word)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!dietsDropped.isEmpty()) {
      loosened.add("diet no longer " + String.join(", ", dietsDropped));
    }
    Set<String> needsDropped =
        before.culturalNeeds().stream()
            .filter(need -> !next.culturalNeeds().contains(need))
            .collect(Collectors.toCollection(TreeSet::new));
    if (!needsDropped.isEmpty()) {
      loosened.add("no longer " + String.join(", ", needsDropped));
    }
    return joined(loosened);
  }

  static Optional<String> ofRelease(DietOrder hold, Instant when) {
    return Optional.of(
        "nil-by-mouth hold released"
            + (hold.endsAt() != null && when.isBefore(hold.endsAt())
                ? " before its planned end"
                : ""));
  }

  private static Optional<String> joined(List<String> loosened) {
    return loosened.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", loosened));
  }
}
