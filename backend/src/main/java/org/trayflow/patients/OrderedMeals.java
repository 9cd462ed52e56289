package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.trayflow.ids.OrderId;

/**
 * What patients needs to know of the orders behind its patients' meals. Ordering owns orders and
 * answers this (it implements the interface), so patients never reads ordering's tables.
 */
public interface OrderedMeals {

  /**
   * @param orderedBy the orderer's name: a person's username, or a bedside pass's ({@link
   *     BedsidePass#ordererName()})
   * @param dishes by dish name
   */
  record OrderedMeal(
      OrderId orderId,
      LocalDate serviceDate,
      String mealPeriod,
      long siteId,
      long locationId,
      int menuVersion,
      MealStage stage,
      Instant placedAt,
      String orderedBy,
      List<Dish> dishes) {

    public OrderedMeal {
      dishes = List.copyOf(dishes);
    }

    public boolean isOf(LocalDate day, String meal) {
      return serviceDate.equals(day) && mealPeriod.equals(meal);
    }
  }

  /** One dish of the meal, with its name as on the menu it was ordered from. */
  record Dish(long itemId, String name, int quantity) {

    /** "2 × Soup of the day" */
    public String portions() {
      return quantity + " × " + name;
    }
  }

  /** These orders of the tenant in scope, by id; an id that is not one is left out. */
  Map<OrderId, OrderedMeal> of(Collection<OrderId> orderIds);
}
