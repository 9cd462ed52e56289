package org.trayflow.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * Every generated patient diet (diets and needs × allergies × IDDSI food and drink levels) against every generated
 * dish (allergen × tags × IDDSI level × food or drink): the rule refuses exactly what the written rules of
 * docs/patient-records.md call unsafe, and gives a reason each time.
 */
class MealSafetyMatrixTest {

  private static final List<Set<TherapeuticDiet>> DIETS = List.of(Set.of(TherapeuticDiet.REGULAR),
      Set.of(TherapeuticDiet.DIABETIC), Set.of(TherapeuticDiet.RENAL), Set.of(TherapeuticDiet.LOW_SODIUM),
      Set.of(TherapeuticDiet.GLUTEN_FREE), Set.of(TherapeuticDiet.CLEAR_LIQUID),
      Set.of(TherapeuticDiet.DIABETIC, TherapeuticDiet.RENAL), Set.of(TherapeuticDiet.RENAL,
          TherapeuticDiet.LOW_SODIUM));
  private static final List<Set<String>> NEEDS = List.of(Set.of(), Set.of("halal"));
  private static final List<String> TAGS = List.of("diabetic", "renal", "low-sodium", "gluten-free", "clear-liquid",
      "halal");

  @Test
  void no_unsafe_dish_passes_and_every_safe_dish_does() {
    List<OfferedDish> dishes = dishes();
    long safe = 0;
    long unsafe = 0;
    for (Set<TherapeuticDiet> diets : DIETS) {
      for (Set<String> needs : NEEDS) {
        for (Set<Allergen> allergies : allergySets()) {
          for (int food = 3; food <= 7; food++) {
            for (int drink = 0; drink <= 4; drink++) {
              PatientDiet patient = new PatientDiet(diets, food, drink, allergies, needs, "");
              for (OfferedDish dish : dishes) {
                boolean expectedSafe = writtenRulesAllow(patient, dish);
                List<String> conflicts = MealSafety.conflicts(patient, dish);
                assertThat(conflicts.isEmpty())
                    .as("%s for %s", dish, patient)
                    .isEqualTo(expectedSafe);
                if (expectedSafe) {
                  safe++;
                } else {
                  unsafe++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(safe).as("safe pairs checked").isGreaterThan(10_000);
    assertThat(unsafe).as("unsafe pairs checked").isGreaterThan(100_000);
  }

  /** The rules as docs/patient-records.md writes them, one by one. */
  private static boolean writtenRulesAllow(PatientDiet patient, OfferedDish dish) {
    for (Allergen allergy : patient.allergies()) {
      if (dish.allergens().contains(allergy.word())) {
        return false;
      }
    }
    Set<String> required = new TreeSet<>(patient.culturalNeeds());
    for (TherapeuticDiet diet : patient.diets()) {
      if (diet != TherapeuticDiet.REGULAR) {
        required.add(diet.word());
      }
    }
    if (!dish.dietTags().containsAll(required)) {
      return false;
    }
    if (patient.diets().contains(TherapeuticDiet.GLUTEN_FREE)
        && dish.allergens().contains("cereals-containing-gluten")) {
      return false;
    }
    boolean drink = dish.category().equals("Drinks");
    int level = dish.iddsiLevel() != null ? dish.iddsiLevel() : drink ? 0 : 7;
    if (drink && level > 4) {
      return false;
    }
    if (!drink && level > patient.foodLevel()) {
      return false;
    }
    return level > 4 || level >= patient.drinkLevel();
  }

  private static List<Set<Allergen>> allergySets() {
    List<Set<Allergen>> sets = new ArrayList<>();
    sets.add(EnumSet.noneOf(Allergen.class));
    for (Allergen allergen : Allergen.values()) {
      sets.add(EnumSet.of(allergen));
    }
    sets.add(EnumSet.of(Allergen.MILK, Allergen.EGGS));
    return sets;
  }

  /** Each allergen (or none) × each tag (or none) × each IDDSI level (or none) × main or drink. */
  private static List<OfferedDish> dishes() {
    List<OfferedDish> dishes = new ArrayList<>();
    List<String> allergens = new ArrayList<>();
    allergens.add(null);
    for (Allergen allergen : Allergen.values()) {
      allergens.add(allergen.word());
    }
    List<String> tags = new ArrayList<>(TAGS);
    tags.add(null);
    List<Integer> levels = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
    levels.add(null);
    long id = 1;
    for (String allergen : allergens) {
      for (String tag : tags) {
        for (Integer level : levels) {
          for (String category : List.of("Main", "Drinks")) {
            dishes.add(new OfferedDish(id++, "dish " + id, "", category, "1", BigDecimal.ONE,
                allergen == null ? List.of() : List.of(allergen),
                tag == null ? List.of() : tag.equals("halal") ? List.of("halal", "renal") : List.of(tag, "halal"),
                level, new Nutrition(null, null, null, null, null), 10));
          }
        }
      }
    }
    return dishes;
  }
}
