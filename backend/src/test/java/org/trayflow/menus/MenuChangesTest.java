package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.persistence.PlannedDish;

class MenuChangesTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
  private static final Map<Long, String> NAMES = Map.of(1L, "Fish pie", 2L, "Dhal", 3L, "Soup");

  @Test
  void added_removed_and_re_portioned_dishes_are_each_named_with_their_day_and_meal() {
    List<PlannedDish> before = List.of(dish(1, 100), dish(3, 50));
    List<PlannedDish> after = List.of(dish(1, 120), dish(2, 40));

    assertThat(MenuChanges.between(before, after, NAMES))
        .containsExactly(
            "Mon 2026-11-30 lunch: Fish pie portions 100 → 120",
            "Mon 2026-11-30 lunch: + Dhal (40)",
            "Mon 2026-11-30 lunch: − Soup");
  }

  @Test
  void the_same_dishes_are_no_change() {
    assertThat(MenuChanges.between(List.of(dish(1, 100)), List.of(dish(1, 100)), NAMES)).isEmpty();
  }

  private static PlannedDish dish(long item, int portions) {
    return PlannedDish.create(7L, MONDAY, "lunch", item, portions);
  }
}
