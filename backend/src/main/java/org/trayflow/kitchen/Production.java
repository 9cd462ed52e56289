package org.trayflow.kitchen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trayflow.ids.OrderId;

/**
 * What to cook for one meal at one site: each dish planned against ordered, the portions per ward
 * or pick-up point and per diet, and how far the orders have got. From the store of record, as of
 * the moment of asking.
 *
 * @param byDiet portions per diet tag of the dishes ordered
 * @param patientMealsByDiet patients' meals per therapeutic diet they were ordered under (a meal
 *     under two diets counts under each; {@code nil-by-mouth} never appears, as no meal is taken
 *     under a hold)
 * @param flaggedMeals patients' meals held back since their diet changed, until the ward has
 *     checked them
 * @param lateTrays patients' trays ordered after ordering closed, counted apart: the kitchen adds
 *     them to a round already planned
 */
public record Production(
    String site,
    LocalDate date,
    String mealPeriod,
    List<Dish> dishes,
    List<LocationPortions> byLocation,
    Map<String, Integer> byDiet,
    Map<String, Long> ordersByStatus,
    Map<String, Integer> patientMealsByDiet,
    int flaggedMeals,
    List<LateTray> lateTrays) {

  /** A late tray: where it goes, why it is late, and what is on it ("1 × Soup; 1 × Custard"). */
  public record LateTray(OrderId orderId, String ward, String bed, String reason, String dishes) {}

  public record Dish(long item, String name, int planned, int ordered) {

    public boolean soldOut() {
      return ordered >= planned;
    }

    public int left() {
      return Math.max(0, planned - ordered);
    }
  }

  /**
   * @param kind ward, department or pick-up-point
   */
  public record LocationPortions(String location, String kind, String dish, int portions) {}

  /** One order as its ticket shows it. */
  public record Ticket(
      String location, OrderId orderId, String orderer, String status, List<String> lines) {}

  public int portionsOrdered() {
    return dishes.stream().mapToInt(Dish::ordered).sum();
  }
}
