package org.trayflow.patients;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * What a patient may eat at one meal: their diets, texture levels, allergies and cultural or
 * religious needs.
 *
 * @param culturalNeeds diet tags every dish must carry ({@code halal}, {@code kosher}, {@code
 *     vegetarian}…)
 * @param otherAllergies allergies and intolerances that are none of the declared allergens:
 *     printed, not checked
 */
public record PatientDiet(
    Set<TherapeuticDiet> diets,
    int foodLevel,
    int drinkLevel,
    Set<Allergen> allergies,
    Set<String> culturalNeeds,
    String otherAllergies) {

  public PatientDiet {
    diets = Set.copyOf(diets);
    allergies = Set.copyOf(allergies);
    culturalNeeds = Set.copyOf(culturalNeeds);
    if (!Iddsi.isFoodLevel(foodLevel) || !Iddsi.isDrinkLevel(drinkLevel)) {
      throw new IllegalArgumentException(
          "IDDSI food 3-7 and drink 0-4, not " + foodLevel + "/" + drinkLevel);
    }
  }

  /**
   * One line for wards, tickets and the kitchen: {@code diabetic, renal · IDDSI 5 minced & moist ·
   * …}.
   */
  public String summary() {
    StringBuilder line =
        new StringBuilder(
            diets.stream().map(TherapeuticDiet::word).sorted().collect(Collectors.joining(", ")));
    if (!culturalNeeds.isEmpty()) {
      line.append(", ").append(String.join(", ", new TreeSet<>(culturalNeeds)));
    }
    if (foodLevel != Iddsi.REGULAR_FOOD) {
      line.append(" · food ").append(Iddsi.food(foodLevel));
    }
    if (drinkLevel != Iddsi.THIN_DRINK) {
      line.append(" · drinks ").append(Iddsi.drink(drinkLevel));
    }
    return line.toString();
  }

  /** The tags a dish must carry: every therapeutic diet but regular, and every cultural need. */
  public Set<String> requiredTags() {
    Set<String> tags = new TreeSet<>(culturalNeeds);
    diets.stream().filter(TherapeuticDiet::needsTag).map(TherapeuticDiet::word).forEach(tags::add);
    return tags;
  }
}
