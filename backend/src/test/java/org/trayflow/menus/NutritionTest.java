package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A label is kept exactly as entered, refused when it contradicts itself, and added up exactly. */
class NutritionTest {

  private static Nutrition label(
      String kcal, String fat, String saturates, String carbs, String sugars, String salt) {
    return new Nutrition(
        decimal(kcal),
        null,
        decimal(fat),
        decimal(saturates),
        decimal(carbs),
        decimal(sugars),
        null,
        decimal(salt));
  }

  private static BigDecimal decimal(String figure) {
    return figure == null ? null : new BigDecimal(figure);
  }

  @Test
  void sodium_and_salt_convert_exactly_both_ways() {
    assertThat(label(null, null, null, null, null, "1.10").sodiumMg()).isEqualByComparingTo("440");
    BigDecimal salt = Nutrition.saltFromSodium(new BigDecimal("230"));
    assertThat(salt).isEqualByComparingTo("0.575");
    assertThat(label(null, null, null, null, null, salt.toPlainString()).sodiumMg())
        .isEqualByComparingTo("230");
    assertThat(Nutrition.saltFromSodium(new BigDecimal("0.1"))).isEqualByComparingTo("0.00025");
  }

  @Test
  void saturates_above_fat_or_sugars_above_carbohydrate_contradict_the_label() {
    Nutrition saturatesOver = label("300", "10.0", "10.1", "40", "12", null);
    assertThat(saturatesOver.isSaturatesWithinFat()).isFalse();
    assertThat(saturatesOver.isSugarsWithinCarbohydrate()).isTrue();
    Nutrition sugarsOver = label("300", "10.0", "4.0", "40", "40.5", null);
    assertThat(sugarsOver.isSugarsWithinCarbohydrate()).isFalse();
    Nutrition atTheLimit = label("300", "10.0", "10.0", "40", "40", null);
    assertThat(atTheLimit.isSaturatesWithinFat() && atTheLimit.isSugarsWithinCarbohydrate())
        .isTrue();
    Nutrition partsOnly = label("300", null, "4.0", null, "12", null);
    assertThat(partsOnly.isSaturatesWithinFat() && partsOnly.isSugarsWithinCarbohydrate())
        .as("a part without its whole is not a contradiction")
        .isTrue();
  }

  @Test
  void totals_add_exactly_and_a_figure_unknown_in_one_portion_is_unknown_in_the_total() {
    Nutrition pie = label("610", "29.8", "14.6", "52.1", "5.0", "1.60");
    Nutrition soup = label("150", "5.6", "0.8", "20.4", "13.0", null);
    Nutrition total = pie.times(2).plus(soup);
    assertThat(total.energyKcal()).isEqualByComparingTo("1370");
    assertThat(total.fatG()).isEqualByComparingTo("65.2");
    assertThat(total.saltG()).isNull();
    assertThat(Nutrition.unknown().anyKnown()).isFalse();
    assertThat(total.anyKnown()).isTrue();
  }
}
