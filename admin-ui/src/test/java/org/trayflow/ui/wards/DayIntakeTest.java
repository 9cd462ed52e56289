package org.trayflow.ui.wards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Nutrition;
import org.trayflow.patients.NutritionTargets;
import org.trayflow.patients.WardBed;

/** The ward reads a patient's day against the diet order's targets, and past them. */
class DayIntakeTest {

  private static String said(Nutrition ordered, NutritionTargets targets) {
    return new DayIntake(new WardBed.DayOrdered(ordered, targets))
        .getElement()
        .getTextRecursively();
  }

  @Test
  void past_a_target_the_words_say_by_how_much() {
    Nutrition day =
        new Nutrition(
            new BigDecimal("2000"), new BigDecimal("61.5"), null, null, null, null, null, null);
    String words = said(day, new NutritionTargets(new BigDecimal("1800"), new BigDecimal("50")));
    assertThat(words)
        .contains("Energy ordered for the day: 2,000 kcal of 1,800 kcal aimed at, 200 kcal over")
        .contains("Protein ordered for the day: 61.5 g of 50.0 g aimed at, 11.5 g over");
  }

  @Test
  void without_targets_or_labels_it_says_what_it_knows_and_no_more() {
    String words = said(Nutrition.unknown(), NutritionTargets.NONE);
    assertThat(words)
        .contains("Energy ordered for the day: not known (a dish has no label)")
        .doesNotContain("aimed at");
    assertThat(said(Nutrition.NOTHING, NutritionTargets.NONE))
        .contains("Energy ordered for the day: 0 kcal");
  }
}
