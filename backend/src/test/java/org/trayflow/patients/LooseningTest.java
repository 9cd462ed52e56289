package org.trayflow.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.Wording;
import org.trayflow.tenantconfig.TherapeuticDiet;

/** Which changes loosen what a patient may be served, and say how. */
class LooseningTest {

  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  private static DietOrder inForce(
      boolean npo,
      Set<TherapeuticDiet> diets,
      Integer food,
      Integer drink,
      Set<String> needs,
      Instant endsAt) {
    return new DietOrder(
        1,
        npo,
        diets,
        food,
        drink,
        needs,
        "",
        NOON.minusSeconds(3600),
        endsAt,
        null,
        "HL7",
        "P1",
        "hl7:PAS",
        NOON.minusSeconds(3600),
        "",
        NutritionTargets.NONE);
  }

  private static NewDietOrder next(
      Set<TherapeuticDiet> diets, Integer food, Integer drink, Set<String> needs) {
    return new NewDietOrder(
        false, diets, food, drink, needs, "", NOON, null, "MANUAL", null, null, null);
  }

  private static Optional<String> english(Optional<Loosened> loosened) {
    return loosened.map(Loosened::english);
  }

  @Test
  void the_ward_is_told_each_thing_loosened_as_a_wording_of_its_facts() {
    DietOrder dysphagia =
        inForce(false, EnumSet.of(TherapeuticDiet.RENAL), 4, 2, Set.of("halal"), null);
    assertThat(
            Loosening.ofDietOrder(
                    Optional.of(dysphagia),
                    next(EnumSet.of(TherapeuticDiet.REGULAR), 6, 0, Set.of()))
                .orElseThrow()
                .items())
        .containsExactly(
            Wording.of("loosened.food-level", 4, 6),
            Wording.of("loosened.drink-level", 2, 0),
            Wording.of("loosened.diets-dropped", List.of(TherapeuticDiet.RENAL)),
            Wording.of("loosened.needs-dropped", "halal"));
    assertThat(
            Loosening.ofAllergies(
                    EnumSet.of(Allergen.PEANUTS, Allergen.MILK),
                    "kiwi",
                    new Allergies(EnumSet.noneOf(Allergen.class), ""))
                .orElseThrow()
                .items())
        .containsExactly(
            Wording.of("loosened.allergy-removed", List.of(Allergen.MILK, Allergen.PEANUTS)),
            Wording.of("loosened.other-allergies-cleared", "kiwi"));
  }

  @Test
  void removing_a_coded_or_a_free_text_allergy_loosens_adding_one_does_not() {
    assertThat(
            english(
                Loosening.ofAllergies(
                    EnumSet.of(Allergen.PEANUTS, Allergen.MILK),
                    "",
                    new Allergies(EnumSet.of(Allergen.MILK), ""))))
        .contains("allergy removed: peanuts");
    assertThat(english(Loosening.ofAllergies(Set.of(), "kiwi", new Allergies(Set.of(), ""))))
        .contains("other allergies were \"kiwi\", now none");
    assertThat(
            english(
                Loosening.ofAllergies(
                    EnumSet.of(Allergen.MILK),
                    "",
                    new Allergies(EnumSet.of(Allergen.MILK, Allergen.EGGS), "latex"))))
        .isEmpty();
  }

  @Test
  void a_higher_food_level_thinner_drinks_or_a_diet_dropped_loosen_and_are_named() {
    DietOrder dysphagia =
        inForce(false, EnumSet.of(TherapeuticDiet.RENAL), 4, 2, Set.of("halal"), null);
    assertThat(
            english(
                Loosening.ofDietOrder(
                    Optional.of(dysphagia),
                    next(EnumSet.of(TherapeuticDiet.REGULAR), 6, 0, Set.of()))))
        .contains(
            "IDDSI food level 4 → 6; IDDSI drink level 2 → 0 (thinner); diet no longer renal;"
                + " no longer halal");
    assertThat(
            english(
                Loosening.ofDietOrder(
                    Optional.of(dysphagia),
                    next(EnumSet.of(TherapeuticDiet.RENAL), 3, 3, Set.of("halal")))))
        .as("stricter in every way")
        .isEmpty();
  }

  @Test
  void ending_a_hold_loosens_and_a_first_diet_order_does_not() {
    DietOrder hold = inForce(true, Set.of(), null, null, Set.of(), NOON.plusSeconds(7200));
    assertThat(
            english(
                Loosening.ofDietOrder(
                    Optional.of(hold), next(EnumSet.of(TherapeuticDiet.REGULAR), 7, 0, Set.of()))))
        .contains("nil-by-mouth hold ended by a new diet order");
    assertThat(english(Loosening.ofRelease(hold, NOON)))
        .contains("nil-by-mouth hold released before its planned end");
    assertThat(
            english(
                Loosening.ofDietOrder(
                    Optional.empty(), next(EnumSet.of(TherapeuticDiet.REGULAR), 7, 0, Set.of()))))
        .isEmpty();
  }
}
