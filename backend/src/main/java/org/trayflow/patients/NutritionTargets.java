package org.trayflow.patients;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Wording;

/**
 * What a diet order asks a patient to eat in a day, where the dietitian set it: energy in kcal,
 * protein in grams. Either may be absent. Wards read the day's ordered meals against it; it never
 * decides whether a meal is safe.
 */
public record NutritionTargets(BigDecimal energyKcal, BigDecimal proteinG) {

  public static final NutritionTargets NONE = new NutritionTargets(null, null);

  public boolean any() {
    return energyKcal != null || proteinG != null;
  }

  /** Whole kilocalories up to 99,999, protein to a tenth of a gram up to 999.9; above nought. */
  List<Detail> problems() {
    List<Detail> problems = new ArrayList<>();
    if (energyKcal != null && !fits(energyKcal, 5, 0)) {
      problems.add(
          new Detail(
              "energyTargetKcal",
              "must be whole kilocalories, from 1 to 99999",
              Wording.of("detail.energy-target")));
    }
    if (proteinG != null && !fits(proteinG, 3, 1)) {
      problems.add(
          new Detail(
              "proteinTargetG",
              "must be grams to one decimal, from 0.1 to 999.9",
              Wording.of("detail.protein-target")));
    }
    return problems;
  }

  private static boolean fits(BigDecimal value, int integerDigits, int decimals) {
    BigDecimal exact = value.stripTrailingZeros();
    return value.signum() > 0
        && Math.max(exact.scale(), 0) <= decimals
        && exact.precision() - exact.scale() <= integerDigits;
  }

  /** For the record's columns: the same amount, at the column's scale. */
  static NutritionTargets of(BigDecimal energyKcal, BigDecimal proteinG) {
    return new NutritionTargets(
        energyKcal == null ? null : energyKcal.stripTrailingZeros(),
        proteinG == null ? null : proteinG.stripTrailingZeros());
  }
}
