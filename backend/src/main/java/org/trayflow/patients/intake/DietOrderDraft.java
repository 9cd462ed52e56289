package org.trayflow.patients.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trayflow.patients.Iddsi;
import org.trayflow.patients.NewDietOrder;
import org.trayflow.patients.NutritionTargets;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A diet order read code by code from a record's message. A code it does not know refuses the whole
 * message: guessing at a diet is how an unsafe meal gets through.
 */
final class DietOrderDraft {

  private final Set<TherapeuticDiet> diets = EnumSet.noneOf(TherapeuticDiet.class);
  private final Set<String> needs = new TreeSet<>();
  private final List<String> supplements = new ArrayList<>();
  private Integer foodLevel;
  private Integer drinkLevel;
  private boolean nilByMouth;
  private BigDecimal energyKcal;
  private BigDecimal proteinG;

  /** A diet, NPO or IDDSI code. */
  void dietCode(String code) {
    if (code == null || code.isBlank()) {
      return;
    }
    if (DietCodes.isNilByMouth(code)) {
      nilByMouth = true;
    } else if (DietCodes.foodLevel(code).isPresent()) {
      foodLevel =
          level(
              DietCodes.foodLevel(code).get(),
              Iddsi.isFoodLevel(DietCodes.foodLevel(code).get()),
              code);
    } else if (DietCodes.drinkLevel(code).isPresent()) {
      drinkLevel =
          level(
              DietCodes.drinkLevel(code).get(),
              Iddsi.isDrinkLevel(DietCodes.drinkLevel(code).get()),
              code);
    } else {
      diets.add(
          DietCodes.diet(code)
              .orElseThrow(
                  () ->
                      new RecordProblem(
                          "unknown diet code '"
                              + code.strip()
                              + "' (expected a diet such as regular, diabetic, renal, NPO, or IDDSI-F5 / IDDSI-D2)")));
    }
  }

  void foodLevel(int level) {
    foodLevel = level(level, Iddsi.isFoodLevel(level), "food level " + level);
  }

  void drinkLevel(int level) {
    drinkLevel = level(level, Iddsi.isDrinkLevel(level), "drink level " + level);
  }

  private static int level(int level, boolean valid, String code) {
    if (!valid) {
      throw new RecordProblem(
          "'" + code + "' is not an IDDSI level for that (food 3-7, drinks 0-4)");
    }
    return level;
  }

  void need(String code) {
    if (code != null && !code.isBlank()) {
      needs.add(DietCodes.need(code));
    }
  }

  /** A day's energy the diet aims at, in kilocalories. */
  void energyTarget(BigDecimal kcal) {
    energyKcal = kcal;
  }

  /** A day's protein the diet aims at (or limits to), in grams. */
  void proteinTarget(BigDecimal grams) {
    proteinG = grams;
  }

  void supplement(String text) {
    if (text != null && !text.isBlank()) {
      supplements.add(text.strip());
    }
  }

  boolean isNilByMouth() {
    return nilByMouth;
  }

  /**
   * No texture ordered means none needed: regular food, thin drinks; a texture alone means a
   * regular diet.
   */
  NewDietOrder build(Instant startsAt, Instant endsAt, String source, String sourceRef) {
    if (nilByMouth) {
      return NewDietOrder.nilByMouth(startsAt, endsAt, "", source, sourceRef);
    }
    Set<TherapeuticDiet> ordered = diets.isEmpty() ? Set.of(TherapeuticDiet.REGULAR) : diets;
    return new NewDietOrder(
        false,
        ordered,
        foodLevel == null ? Iddsi.REGULAR_FOOD : foodLevel,
        drinkLevel == null ? Iddsi.THIN_DRINK : drinkLevel,
        needs,
        String.join("; ", supplements),
        startsAt,
        endsAt,
        source,
        sourceRef,
        null,
        new NutritionTargets(energyKcal, proteinG));
  }
}
