package org.trayflow.patients;

import java.util.Locale;
import org.trayflow.menus.Allergen;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

/**
 * One reason a dish cannot be served to a patient ({@link MealSafety}). The API, the audit and the
 * printed sheets give its {@link #english()} words; a screen words it in its reader's language from
 * the facts here.
 */
public sealed interface Conflict {

  /** "contains peanuts (allergy)": as the API and printed sheets say it. */
  String english();

  /**
   * The dish declares an allergen the patient must avoid, as an ingredient or (where the hospital
   * refuses traces) on a "may contain" label.
   *
   * @param scheme the hospital's, which names the allergen
   * @param forGlutenFreeDiet the patient avoids it for a gluten-free diet rather than an allergy
   */
  record Declared(
      Allergen allergen, Scheme scheme, boolean onlyMayContain, boolean forGlutenFreeDiet)
      implements Conflict {
    @Override
    public String english() {
      return (onlyMayContain ? "may contain " : "contains ")
          + allergen.nameIn(scheme).toLowerCase(Locale.ROOT)
          + (forGlutenFreeDiet ? " (gluten-free diet)" : " (allergy)");
    }
  }

  /** The patient's diet calls for this tag of the hospital's, which the dish does not meet. */
  record NotOfDiet(String tag) implements Conflict {
    @Override
    public String english() {
      return "not " + tag;
    }
  }

  /** A drink labelled with a food level: the kitchen's label is wrong, so it is not served. */
  record NotADrinkLevel(int level) implements Conflict {
    @Override
    public String english() {
      return "a drink labelled IDDSI " + level + ", which is not a drink level";
    }
  }

  /** Food firmer than the patient's food level allows. */
  record TooFirm(int level, int foodLevel) implements Conflict {
    @Override
    public String english() {
      return "texture IDDSI "
          + level
          + "; food must be "
          + Iddsi.food(foodLevel)
          + " or more modified";
    }
  }

  /** A liquid thinner than the patient's drink level allows. */
  record TooThin(int level, int drinkLevel) implements Conflict {
    @Override
    public String english() {
      return "consistency IDDSI "
          + level
          + " too thin; liquids must be "
          + Iddsi.drink(drinkLevel)
          + " or thicker";
    }
  }

  /** The patient is not to be fed from the menu at this meal (nil by mouth, no diet order yet). */
  record NotFed(DietAtMeal diet) implements Conflict {
    @Override
    public String english() {
      return diet.summary();
    }
  }
}
