package org.trayflow.menus;

import java.time.LocalDate;
import java.util.List;

/** A week's menu while the kitchen is still planning it. */
public record MenuDraft(long id, String site, LocalDate weekStart, List<Dish> dishes) {

  public MenuDraft {
    dishes = List.copyOf(dishes);
  }

  /** A dish planned on one day and meal period, with the portions to cook. */
  public record Dish(
      LocalDate day, String mealPeriod, long itemId, String itemName, int portions) {}
}
