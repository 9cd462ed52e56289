package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MenuWeekTest {

  @Test
  void a_week_is_named_by_its_monday_and_has_seven_days() {
    MenuWeek week = MenuWeek.containing(LocalDate.of(2026, 12, 3));

    assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(week.days()).hasSize(7).last().isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(week.contains(LocalDate.of(2026, 12, 7))).isFalse();
    assertThat(week.previous().monday()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void a_day_other_than_monday_does_not_name_a_week() {
    assertThatThrownBy(() -> new MenuWeek(LocalDate.of(2026, 12, 1)))
        .isInstanceOf(MenuWeek.NotAMonday.class)
        .hasMessageContaining("tuesday");
  }
}
