package org.trayflow.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DishBarsTest {

  @Test
  void one_portion_against_a_plan_of_four_hundred_is_still_seen_and_none_is_no_bar() {
    assertThat(DishBars.length(1, 400)).isGreaterThanOrEqualTo(4);
    assertThat(DishBars.length(0, 400)).isZero();
    assertThat(DishBars.length(400, 400)).isEqualTo(300);
    assertThat(DishBars.length(200, 400)).isEqualTo(150);
  }
}
