package org.trayflow.patients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.Wording;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * What a change lets a patient be served that they could not be served before: an allergy removed,
 * a higher IDDSI food level or thinner drinks, a diet or a cultural need no longer required, a
 * nil-by-mouth hold ended. Such a change may be right (the record corrected, the patient's swallow
 * improved), but nobody should learn of it by accident.
 */
final class Loosening {

  private Loosening() {}

  static Optional<Loosened> ofAllergies(Set<Allergen> before, String otherBefore, Allergies after) {
    Items loosened = new Items();
    Set<Allergen> removed = new TreeSet<>(java.util.Comparator.comparing(Allergen::word));
    before.stream().filter(allergen -> !after.declared().contains(allergen)).forEach(removed::add);
    if (!removed.isEmpty()) {
      loosened.add(
          "allergy removed: "
              + removed.stream().map(Allergen::word).collect(Collectors.joining(", ")),
          Wording.of("loosened.allergy-removed", List.copyOf(removed)));
    }
    if (!otherBefore.isBlank() && !after.other().equals(otherBefore)) {
      loosened.add(
          "other allergies were \""
              + otherBefore
              + "\", now "
              + (after.other().isEmpty() ? "none" : "\"" + after.other() + "\""),
          after.other().isEmpty()
              ? Wording.of("loosened.other-allergies-cleared", otherBefore)
              : Wording.of("loosened.other-allergies", otherBefore, after.other()));
    }
    return loosened.any();
  }

  /**
   * @param inForce the diet order in force when the new one starts, if any
   */
  static Optional<Loosened> ofDietOrder(Optional<DietOrder> inForce, NewDietOrder next) {
    if (inForce.isEmpty() || next.npo()) {
      return Optional.empty(); // nothing was allowed before, or nothing is now
    }
    DietOrder before = inForce.get();
    if (before.npo()) {
      return new Items()
          .add("nil-by-mouth hold ended by a new diet order", Wording.of("loosened.hold-ended"))
          .any();
    }
    Items loosened = new Items();
    if (before.foodLevel() != null
        && next.foodLevel() != null
        && next.foodLevel() > before.foodLevel()) {
      loosened.add(
          "IDDSI food level " + before.foodLevel() + " → " + next.foodLevel(),
          Wording.of("loosened.food-level", before.foodLevel(), next.foodLevel()));
    }
    if (before.drinkLevel() != null
        && next.drinkLevel() != null
        && next.drinkLevel() < before.drinkLevel()) {
      loosened.add(
          "IDDSI drink level " + before.drinkLevel() + " → " + next.drinkLevel() + " (thinner)",
          Wording.of("loosened.drink-level", before.drinkLevel(), next.drinkLevel()));
    }
    List<TherapeuticDiet> dietsDropped =
        before.diets().stream()
            .filter(diet -> !next.diets().contains(diet))
            .filter(TherapeuticDiet::needsTag)
            .sorted(java.util.Comparator.comparing(TherapeuticDiet::word))
            .toList();
    if (!dietsDropped.isEmpty()) {
      loosened.add(
          "diet no longer "
              + dietsDropped.stream().map(TherapeuticDiet::word).collect(Collectors.joining(", ")),
          Wording.of("loosened.diets-dropped", dietsDropped));
    }
    Set<String> needsDropped =
        before.culturalNeeds().stream()
            .filter(need -> !next.culturalNeeds().contains(need))
            .collect(Collectors.toCollection(TreeSet::new));
    if (!needsDropped.isEmpty()) {
      loosened.add(
          "no longer " + String.join(", ", needsDropped),
          Wording.of("loosened.needs-dropped", String.join(", ", needsDropped)));
    }
    return loosened.any();
  }

  static Optional<Loosened> ofRelease(DietOrder hold, Instant when) {
    boolean early = hold.endsAt() != null && when.isBefore(hold.endsAt());
    return new Items()
        .add(
            "nil-by-mouth hold released" + (early ? " before its planned end" : ""),
            Wording.of(early ? "loosened.hold-released-early" : "loosened.hold-released"))
        .any();
  }

  /** Each thing loosened, in English and as a wording, in the order found. */
  private static final class Items {
    private final List<String> english = new ArrayList<>();
    private final List<Wording> wordings = new ArrayList<>();

    Items add(String inEnglish, Wording wording) {
      english.add(inEnglish);
      wordings.add(wording);
      return this;
    }

    Optional<Loosened> any() {
      return english.isEmpty()
          ? Optional.empty()
          : Optional.of(new Loosened(String.join("; ", english), wordings));
    }
  }
}
