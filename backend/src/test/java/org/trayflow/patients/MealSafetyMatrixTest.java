package org.trayflow.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.AllergenPolicy.MayContain;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * Every generated hospital rule set (diet taxonomy × may-contain policy) × patient diet (diets and
 * needs × allergies × IDDSI food and drink levels) × dish (allergen × may-contain × tags × IDDSI
 * level × food or drink): the rule refuses exactly what the written rules of
 * docs/patient-records.md call unsafe, and gives a reason each time. The counts are printed.
 */
class MealSafetyMatrixTest {

  /**
   * A hospital's rules, with what its taxonomy is written to mean, restated here as plain pairs.
   */
  private record Hospital(DietRules rules, Map<String, Set<String>> alsoMeets) {}

  private static final List<Hospital> HOSPITALS =
      List.of(
          new Hospital(DietRules.DEFAULT, Map.of()),
          new Hospital(
              new DietRules(
                  taxonomy(Map.of("vegan", Set.of("halal"))), MayContain.REFUSE, Scheme.EU_14),
              Map.of("vegan", Set.of("halal"))),
          new Hospital(
              new DietRules(
                  taxonomy(Map.of("vegetarian", Set.of("halal"), "halal", Set.of("kosher"))),
                  MayContain.SERVE,
                  Scheme.EU_14),
              Map.of("vegetarian", Set.of("halal"), "halal", Set.of("kosher"))));
  private static final List<Set<TherapeuticDiet>> DIETS =
      List.of(
          Set.of(TherapeuticDiet.REGULAR),
          Set.of(TherapeuticDiet.DIABETIC),
          Set.of(TherapeuticDiet.GLUTEN_FREE),
          Set.of(TherapeuticDiet.RENAL, TherapeuticDiet.LOW_SODIUM));
  private static final List<Set<String>> NEEDS =
      List.of(Set.of(), Set.of("halal"), Set.of("vegetarian"), Set.of("kosher"));
  private static final List<List<String>> TAG_SETS =
      List.of(
          List.of(),
          List.of("diabetic"),
          List.of("renal", "low-sodium"),
          List.of("gluten-free"),
          List.of("halal"),
          List.of("vegan"),
          List.of("vegetarian"),
          List.of("vegan", "diabetic"),
          List.of("halal", "renal", "low-sodium"));
  private static final List<String> MAY_CONTAIN =
      List.of("tree-nuts", "cereals-containing-gluten", "milk");

  @Test
  void no_unsafe_dish_passes_and_every_safe_dish_does() {
    List<OfferedDish> dishes = dishes();
    long safe = 0;
    long unsafe = 0;
    long refusedOnlyForMayContain = 0;
    long metOnlyThroughTaxonomy = 0;
    for (Hospital hospital : HOSPITALS) {
      for (Set<TherapeuticDiet> diets : DIETS) {
        for (Set<String> needs : NEEDS) {
          for (Set<Allergen> allergies : allergySets()) {
            for (int food : new int[] {4, 7}) {
              for (int drink : new int[] {0, 3}) {
                PatientDiet patient = new PatientDiet(diets, food, drink, allergies, needs, "");
                for (OfferedDish dish : dishes) {
                  boolean expectedSafe = writtenRulesAllow(hospital, patient, dish);
                  List<Conflict> conflicts = MealSafety.conflicts(patient, dish, hospital.rules());
                  assertThat(conflicts.isEmpty())
                      .as("%s for %s in %s", dish, patient, hospital)
                      .isEqualTo(expectedSafe);
                  if (expectedSafe) {
                    safe++;
                    if (!dish.dietTags().containsAll(patient.requiredTags())) {
                      metOnlyThroughTaxonomy++;
                    }
                  } else {
                    unsafe++;
                    if (conflicts.stream()
                        .allMatch(c -> c instanceof Conflict.Declared d && d.onlyMayContain())) {
                      refusedOnlyForMayContain++;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    System.out.printf(
        "Meal safety matrix: %,d safe pairs accepted, %,d unsafe refused (%,d only for \"may"
            + " contain\"), %,d needs met only through a taxonomy%n",
        safe, unsafe, refusedOnlyForMayContain, metOnlyThroughTaxonomy);
    assertThat(safe).as("safe pairs checked").isGreaterThan(50_000);
    assertThat(unsafe).as("unsafe pairs checked").isGreaterThan(500_000);
    assertThat(refusedOnlyForMayContain)
        .as("refused for a may-contain label alone")
        .isGreaterThan(1_000);
    assertThat(metOnlyThroughTaxonomy)
        .as("accepted only through the taxonomy")
        .isGreaterThan(1_000);
  }

  /** The rules as docs/patient-records.md writes them, one by one. */
  private static boolean writtenRulesAllow(
      Hospital hospital, PatientDiet patient, OfferedDish dish) {
    boolean tracesCount = hospital.rules().mayContain() == MayContain.REFUSE;
    for (Allergen allergy : patient.allergies()) {
      if (dish.allergens().contains(allergy.word())
          || tracesCount && dish.mayContain().contains(allergy.word())) {
        return false;
      }
    }
    Set<String> required = new TreeSet<>(patient.culturalNeeds());
    for (TherapeuticDiet diet : patient.diets()) {
      if (diet != TherapeuticDiet.REGULAR) {
        required.add(diet.word());
      }
    }
    if (!meets(hospital, dish.dietTags()).containsAll(required)) {
      return false;
    }
    if (patient.diets().contains(TherapeuticDiet.GLUTEN_FREE)
        && (dish.allergens().contains("cereals-containing-gluten")
            || tracesCount && dish.mayContain().contains("cereals-containing-gluten"))) {
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

  /**
   * The tags met, grown one step at a time until nothing new is met (vegan ⇒ vegetarian always).
   */
  private static Set<String> meets(Hospital hospital, List<String> tags) {
    Set<String> met = new HashSet<>(tags);
    boolean grew = true;
    while (grew) {
      Set<String> next = new HashSet<>(met);
      if (met.contains("vegan")) {
        next.add("vegetarian");
      }
      hospital
          .alsoMeets()
          .forEach(
              (tag, more) -> {
                if (met.contains(tag)) {
                  next.addAll(more);
                }
              });
      grew = next.size() > met.size();
      met.addAll(next);
    }
    return met;
  }

  private static DietTaxonomy taxonomy(Map<String, Set<String>> words) {
    Map<Slug, Set<Slug>> implies = new java.util.LinkedHashMap<>();
    words.forEach(
        (tag, met) ->
            implies.put(
                new Slug(tag),
                met.stream().map(Slug::new).collect(java.util.stream.Collectors.toSet())));
    return new DietTaxonomy(implies);
  }

  /** The allergens that the diet tags and traces here are about, and one that none of them is. */
  private static final List<Allergen> ALLERGENS =
      List.of(
          Allergen.MILK,
          Allergen.EGGS,
          Allergen.FISH,
          Allergen.PEANUTS,
          Allergen.TREE_NUTS,
          Allergen.CEREALS_CONTAINING_GLUTEN,
          Allergen.SESAME);

  private static List<Set<Allergen>> allergySets() {
    List<Set<Allergen>> sets = new ArrayList<>();
    sets.add(EnumSet.noneOf(Allergen.class));
    ALLERGENS.forEach(allergen -> sets.add(EnumSet.of(allergen)));
    sets.add(EnumSet.of(Allergen.MILK, Allergen.EGGS));
    return sets;
  }

  /**
   * Each allergen (or none) × may contain (one or none) × tag set × IDDSI level (or none) × main or
   * drink.
   */
  private static List<OfferedDish> dishes() {
    List<OfferedDish> dishes = new ArrayList<>();
    List<String> allergens = new ArrayList<>();
    allergens.add(null);
    ALLERGENS.forEach(allergen -> allergens.add(allergen.word()));
    List<String> traces = new ArrayList<>(MAY_CONTAIN);
    traces.add(null);
    List<Integer> levels = new ArrayList<>(List.of(0, 3, 5, 7));
    levels.add(null);
    long id = 1;
    for (String allergen : allergens) {
      for (String trace : traces) {
        for (List<String> tags : TAG_SETS) {
          for (Integer level : levels) {
            for (String category : List.of("Main", "Drinks")) {
              dishes.add(
                  new OfferedDish(
                      id,
                      "dish " + id++,
                      "",
                      category,
                      "1",
                      BigDecimal.ONE,
                      allergen == null ? List.of() : List.of(allergen),
                      trace == null || trace.equals(allergen) ? List.of() : List.of(trace),
                      tags,
                      level,
                      Nutrition.unknown(),
                      10));
            }
          }
        }
      }
    }
    return dishes;
  }
}
