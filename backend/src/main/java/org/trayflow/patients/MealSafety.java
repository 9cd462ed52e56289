package org.trayflow.patients;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * Whether a dish is safe for a patient's diet, and if not, every reason why. This is the rule the
 * checkout enforces; the ward view uses it only to grey out what the checkout would refuse.
 *
 * <ul>
 *   <li>no allergen the patient is allergic to, neither as an ingredient nor, unless the hospital
 *       serves such dishes ({@link DietRules}), on a "may contain" label;
 *   <li>every diet tag the patient's diets and needs call for ({@link PatientDiet#requiredTags()}),
 *       met by the dish's tags or by what they lead to in the hospital's taxonomy (a vegan dish is
 *       vegetarian); a gluten-free diet also refuses a dish declaring cereals containing gluten
 *       (or, by the same rule as allergies, maybe containing it), whatever its tags say;
 *   <li>texture: a food's IDDSI level at or below the patient's food level (a dish without a level
 *       is regular food, 7); a drink (category drink/drinks/beverage/beverages; without a level,
 *       thin: 0) no thicker than level 4;
 *   <li>consistency: anything at IDDSI 0-4 is a liquid or liquidised (a soup at 2, a purée at 4)
 *       and must be at or above the patient's drink level.
 * </ul>
 */
public final class MealSafety {

  private static final Set<String> DRINK_CATEGORIES =
      Set.of("drink", "drinks", "beverage", "beverages");

  private MealSafety() {}

  /** Empty when the dish is safe. */
  public static List<Conflict> conflicts(PatientDiet diet, OfferedDish dish, DietRules rules) {
    List<Conflict> conflicts = new ArrayList<>();
    for (String word : dish.allergens()) {
      Allergen.fromWord(word)
          .filter(diet.allergies()::contains)
          .ifPresent(
              allergen ->
                  conflicts.add(new Conflict.Declared(allergen, rules.scheme(), false, false)));
    }
    if (rules.refusesTraces()) {
      for (String word : dish.mayContain()) {
        Allergen.fromWord(word)
            .filter(diet.allergies()::contains)
            .ifPresent(
                allergen ->
                    conflicts.add(new Conflict.Declared(allergen, rules.scheme(), true, false)));
      }
    }
    Set<String> met = rules.taxonomy().met(dish.dietTags());
    for (String tag : diet.requiredTags()) {
      if (!met.contains(tag)) {
        conflicts.add(new Conflict.NotOfDiet(tag));
      }
    }
    Allergen gluten = Allergen.CEREALS_CONTAINING_GLUTEN;
    if (diet.diets().contains(TherapeuticDiet.GLUTEN_FREE) && !diet.allergies().contains(gluten)) {
      if (dish.allergens().contains(gluten.word())) {
        conflicts.add(new Conflict.Declared(gluten, rules.scheme(), false, true));
      } else if (rules.refusesTraces() && dish.mayContain().contains(gluten.word())) {
        conflicts.add(new Conflict.Declared(gluten, rules.scheme(), true, true));
      }
    }
    int level =
        dish.iddsiLevel() != null
            ? dish.iddsiLevel()
            : isDrink(dish) ? Iddsi.THIN_DRINK : Iddsi.REGULAR_FOOD;
    if (isDrink(dish) && level > 4) {
      conflicts.add(new Conflict.NotADrinkLevel(level));
    } else if (!isDrink(dish) && level > diet.foodLevel()) {
      conflicts.add(new Conflict.TooFirm(level, diet.foodLevel()));
    }
    if (level <= 4 && level < diet.drinkLevel()) {
      conflicts.add(new Conflict.TooThin(level, diet.drinkLevel()));
    }
    return conflicts;
  }

  static boolean isDrink(OfferedDish dish) {
    return DRINK_CATEGORIES.contains(dish.category().strip().toLowerCase(Locale.ROOT));
  }
}
