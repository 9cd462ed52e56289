package org.trayflow.ui;

import static org.trayflow.ui.Translations.words;

import org.trayflow.patients.Conflict;

/**
 * Why a dish is not offered to a patient, in the reader's language: the same facts the checkout
 * refuses on ({@link Conflict}), worded for the ward and the bedside.
 */
public final class ConflictWords {

  private ConflictWords() {}

  public static String of(Conflict conflict) {
    if (conflict instanceof Conflict.Declared declared) {
      return words(
          "conflict."
              + (declared.onlyMayContain() ? "mayContain" : "contains")
              + (declared.forGlutenFreeDiet() ? ".glutenFree" : ".allergy"),
          AllergenNames.of(declared.allergen(), declared.scheme()).toLowerCase(Times.locale()));
    }
    if (conflict instanceof Conflict.NotOfDiet diet) {
      return words("conflict.notOfDiet", diet.tag());
    }
    if (conflict instanceof Conflict.NotADrinkLevel drink) {
      return words("conflict.notADrinkLevel", drink.level());
    }
    if (conflict instanceof Conflict.TooFirm firm) {
      return words("conflict.tooFirm", firm.level(), IddsiWords.food(firm.foodLevel()));
    }
    if (conflict instanceof Conflict.TooThin thin) {
      return words("conflict.tooThin", thin.level(), IddsiWords.drink(thin.drinkLevel()));
    }
    // not fed at this meal: the diet's own summary, which the ward board shows beside the patient
    return conflict.english();
  }
}
