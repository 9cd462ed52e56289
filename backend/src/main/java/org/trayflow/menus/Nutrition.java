package org.trayflow.menus;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Nutrition per portion, as a label declares it (UK front-of-pack, EU 1169/2011, US Nutrition
 * Facts); any value may be unknown (null). Figures are exact as entered or refused, never rounded
 * on the way in: grams to one decimal, salt to the milligram of sodium it stands for.
 *
 * <p>Salt is the one stored figure for salt and sodium: US labels declare sodium, which is salt ÷
 * 2.5, so {@code sodium mg = salt g × 400} exactly both ways.
 */
public record Nutrition(
    @DecimalMin("0") @Digits(integer = 5, fraction = 1) BigDecimal energyKcal,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal proteinG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal fatG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal saturatedFatG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal carbohydrateG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal sugarsG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal fibreG,
    @DecimalMin("0") @Digits(integer = 4, fraction = 5) BigDecimal saltG) {

  private static final BigDecimal MG_SODIUM_PER_G_SALT = BigDecimal.valueOf(400);

  /** No food at all: nought of everything, where totals start. */
  public static final Nutrition NOTHING =
      new Nutrition(
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO);

  public static Nutrition unknown() {
    return new Nutrition(null, null, null, null, null, null, null, null);
  }

  /** Only energy is known, as on many older menu cards. */
  public static Nutrition energyOnly(BigDecimal kcal) {
    return new Nutrition(kcal, null, null, null, null, null, null, null);
  }

  /** Sodium as a US label declares it, in milligrams; null when salt is unknown. */
  public BigDecimal sodiumMg() {
    return saltG == null ? null : saltG.multiply(MG_SODIUM_PER_G_SALT).stripTrailingZeros();
  }

  /**
   * Salt in grams for a sodium figure in milligrams, exactly: division by 400 always ends, and a
   * sodium figure finer than a tenth of a milligram then fails the salt's five decimals.
   */
  public static BigDecimal saltFromSodium(BigDecimal sodiumMg) {
    return sodiumMg == null ? null : sodiumMg.divide(MG_SODIUM_PER_G_SALT).stripTrailingZeros();
  }

  /** Saturates are part of the fat: a label saying otherwise is wrong. */
  @JsonbTransient
  @AssertTrue(message = "cannot be more than the fat they are part of")
  public boolean isSaturatesWithinFat() {
    return within(saturatedFatG, fatG);
  }

  /** Sugars are part of the carbohydrate. */
  @JsonbTransient
  @AssertTrue(message = "cannot be more than the carbohydrate they are part of")
  public boolean isSugarsWithinCarbohydrate() {
    return within(sugarsG, carbohydrateG);
  }

  private static boolean within(BigDecimal part, BigDecimal whole) {
    return part == null || whole == null || part.compareTo(whole) <= 0;
  }

  /** The sum of two portions' figures: a figure unknown in either is unknown in the sum. */
  public Nutrition plus(Nutrition other) {
    return new Nutrition(
        sum(energyKcal, other.energyKcal),
        sum(proteinG, other.proteinG),
        sum(fatG, other.fatG),
        sum(saturatedFatG, other.saturatedFatG),
        sum(carbohydrateG, other.carbohydrateG),
        sum(sugarsG, other.sugarsG),
        sum(fibreG, other.fibreG),
        sum(saltG, other.saltG));
  }

  /** This portion's figures, so many times over. */
  public Nutrition times(int portions) {
    BigDecimal n = BigDecimal.valueOf(portions);
    return new Nutrition(
        times(energyKcal, n),
        times(proteinG, n),
        times(fatG, n),
        times(saturatedFatG, n),
        times(carbohydrateG, n),
        times(sugarsG, n),
        times(fibreG, n),
        times(saltG, n));
  }

  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.add(b);
  }

  private static BigDecimal times(BigDecimal a, BigDecimal n) {
    return a == null ? null : a.multiply(n);
  }

  /** Whether any figure is known, so that a screen need not show an empty label. */
  public boolean anyKnown() {
    return Stream.of(
            energyKcal, proteinG, fatG, saturatedFatG, carbohydrateG, sugarsG, fibreG, saltG)
        .anyMatch(Objects::nonNull);
  }
}
