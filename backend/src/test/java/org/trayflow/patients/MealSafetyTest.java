package org.trayflow.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.AllergenPolicy.MayContain;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TherapeuticDiet;

/** The rule on the cases a ward would name, each refusal saying why. */
class MealSafetyTest {

  private static OfferedDish dish(
      String name, String category, List<String> allergens, List<String> tags, Integer iddsi) {
    return dish(name, category, allergens, List.of(), tags, iddsi);
  }

  private static OfferedDish dish(
      String name,
      String category,
      List<String> allergens,
      List<String> mayContain,
      List<String> tags,
      Integer iddsi) {
    return new OfferedDish(
        1,
        name,
        "",
        category,
        "1 plate",
        BigDecimal.ONE,
        allergens,
        mayContain,
        tags,
        iddsi,
        Nutrition.unknown(),
        10);
  }

  private static final DietRules RULES = DietRules.DEFAULT;

  /** The reasons as the API and the printed sheets give them. */
  private static List<String> saidOf(PatientDiet diet, OfferedDish dish, DietRules rules) {
    return MealSafety.conflicts(diet, dish, rules).stream().map(Conflict::english).toList();
  }

  private static final OfferedDish SATAY =
      dish("Chicken satay", "Main", List.of("peanuts"), List.of("halal"), null);
  private static final OfferedDish MINCE =
      dish("Minced beef", "Main", List.of(), List.of("renal", "low-sodium"), 5);
  private static final OfferedDish SOUP =
      dish("Tomato soup", "Soup", List.of("celery"), List.of(), 2);
  private static final OfferedDish WATER =
      dish("Water", "Drinks", List.of(), List.of("renal"), null);

  @Test
  void an_allergen_is_named_as_the_allergy() {
    PatientDiet allergic =
        new PatientDiet(
            Set.of(TherapeuticDiet.REGULAR), 7, 0, EnumSet.of(Allergen.PEANUTS), Set.of(), "");
    assertThat(saidOf(allergic, SATAY, RULES)).containsExactly("contains peanuts (allergy)");
  }

  @Test
  void
      a_renal_patient_on_minced_and_moist_food_gets_the_mince_but_not_regular_food_or_untagged_dishes() {
    PatientDiet renal =
        new PatientDiet(Set.of(TherapeuticDiet.RENAL), 5, 0, Set.of(), Set.of(), "");
    assertThat(saidOf(renal, MINCE, RULES)).isEmpty();
    assertThat(saidOf(renal, SATAY, RULES))
        .containsExactly(
            "not renal", "texture IDDSI 7; food must be IDDSI 5 minced & moist or more modified");
  }

  @Test
  void thin_liquids_are_refused_to_a_patient_on_thickened_drinks() {
    PatientDiet thickened =
        new PatientDiet(Set.of(TherapeuticDiet.REGULAR), 7, 2, Set.of(), Set.of(), "");
    assertThat(saidOf(thickened, SOUP, RULES)).isEmpty();
    assertThat(saidOf(thickened, WATER, RULES))
        .containsExactly(
            "consistency IDDSI 0 too thin; liquids must be IDDSI 2 mildly thick or thicker");
  }

  @Test
  void a_cultural_need_is_a_tag_every_dish_must_carry() {
    PatientDiet halal =
        new PatientDiet(Set.of(TherapeuticDiet.REGULAR), 7, 0, Set.of(), Set.of("halal"), "");
    assertThat(saidOf(halal, SATAY, RULES)).isEmpty();
    assertThat(saidOf(halal, MINCE, RULES)).containsExactly("not halal");
  }

  @Test
  void a_vegan_curry_is_vegetarian_and_where_the_hospital_says_so_halal() {
    OfferedDish curry = dish("Chickpea curry", "Main", List.of("mustard"), List.of("vegan"), null);
    PatientDiet vegetarian =
        new PatientDiet(Set.of(TherapeuticDiet.REGULAR), 7, 0, Set.of(), Set.of("vegetarian"), "");
    PatientDiet halal =
        new PatientDiet(Set.of(TherapeuticDiet.REGULAR), 7, 0, Set.of(), Set.of("halal"), "");
    assertThat(saidOf(vegetarian, curry, RULES)).isEmpty();
    assertThat(saidOf(halal, curry, RULES)).containsExactly("not halal");
    DietRules veganIsHalal =
        new DietRules(
            new DietTaxonomy(Map.of(new Slug("vegan"), Set.of(new Slug("halal")))),
            MayContain.REFUSE,
            Scheme.EU_14);
    assertThat(saidOf(halal, curry, veganIsHalal)).isEmpty();
  }

  @Test
  void may_contain_is_refused_to_the_allergic_unless_the_hospital_serves_it() {
    OfferedDish flapjack =
        dish(
            "Flapjack",
            "Dessert",
            List.of("cereals-containing-gluten"),
            List.of("tree-nuts"),
            List.of(),
            null);
    PatientDiet nuts =
        new PatientDiet(
            Set.of(TherapeuticDiet.REGULAR), 7, 0, EnumSet.of(Allergen.TREE_NUTS), Set.of(), "");
    assertThat(saidOf(nuts, flapjack, RULES)).containsExactly("may contain tree nuts (allergy)");
    assertThat(
            saidOf(
                nuts, flapjack, new DietRules(DietTaxonomy.NONE, MayContain.SERVE, Scheme.EU_14)))
        .isEmpty();
  }
}
