package org.trayflow.ui;

import static org.trayflow.ui.Translations.words;

import org.trayflow.tenantconfig.TherapeuticDiet;

/** A therapeutic diet as the reader calls it ("low-sodium", "hyposodé"). */
public final class DietNames {

  private DietNames() {}

  public static String of(TherapeuticDiet diet) {
    return words("therapeutic." + diet.word());
  }

  /** A diet's configuration word in the reader's words; a word it does not know as is. */
  public static String ofWord(String word) {
    return TherapeuticDiet.fromWord(word).map(DietNames::of).orElse(word);
  }
}
