package org.trayflow.menus.persistence;

import java.time.LocalDate;

/**
 * A dish offered on one day and meal period of a weekly menu, with its planned portions (table
 * {@code menu_offer}).
 */
public interface PlannedDish {

  static PlannedDish create(
      long weeklyMenuId,
      LocalDate serviceDate,
      String mealPeriod,
      long menuItemId,
      int plannedPortions) {
    return new PlannedDishRow(weeklyMenuId, serviceDate, mealPeriod, menuItemId, plannedPortions);
  }

  Long id();

  void plan(int portions);

  LocalDate serviceDate();

  String mealPeriod();

  long menuItemId();

  int plannedPortions();
}
