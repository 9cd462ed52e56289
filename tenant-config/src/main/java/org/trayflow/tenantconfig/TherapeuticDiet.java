package org.trayflow.tenantconfig;

/**
 * The therapeutic diets a patient's diet order can name. Each but {@link #REGULAR} is written on a
 * dish as a diet tag of the same word: a patient on a renal diet is offered only dishes tagged
 * {@code renal}. A hospital whose kitchen does not tag a diet offers that diet's patients nothing,
 * which is the safe way to be wrong.
 *
 * <p>Nil by mouth is not a diet here but a hold on every meal (a diet order with {@code npo}).
 */
public enum TherapeuticDiet implements ConfigurationWord {
  REGULAR,
  DIABETIC,
  RENAL,
  LOW_SODIUM,
  LOW_FAT,
  GLUTEN_FREE,
  HIGH_ENERGY,
  CLEAR_LIQUID,
  FULL_LIQUID;

  /** Whether a dish must carry this diet's tag to be offered. */
  public boolean needsTag() {
    return this != REGULAR;
  }

  public static java.util.Optional<TherapeuticDiet> fromWord(String word) {
    for (TherapeuticDiet diet : values()) {
      if (diet.word().equals(word)) {
        return java.util.Optional.of(diet);
      }
    }
    return java.util.Optional.empty();
  }
}
