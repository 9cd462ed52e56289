package org.trayflow.patients;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom a ward orders a meal for: the patient (under their diet), or a guest or carer at the bedside
 * (not).
 */
public enum MealFor {
  PATIENT,
  GUEST,
  CARER;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MealFor> fromWord(String word) {
    for (MealFor mealFor : values()) {
      if (mealFor.word().equals(word)) {
        return Optional.of(mealFor);
      }
    }
    return Optional.empty();
  }
}
