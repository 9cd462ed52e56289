package org.trayflow.ui.ordering;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

/**
 * What the cart adds up to, as the person choosing sees it before the checkout: the price (where
 * the hospital charges) and the nutrients of every portion.
 *
 * @param price the amount in the hospital's currency, written; empty where meals are free
 * @param account where the person stands, in words ("Your allowance for Tue 8 Dec: $7.30 left of
 *     $12.50."); empty where meals are free
 * @param pastMeans why the order cannot be paid for, when its price is past what the person may
 *     spend; the checkout would refuse it
 */
record CartTotal(
    Optional<String> price,
    Nutrition nutrition,
    Scheme scheme,
    Optional<String> account,
    Optional<String> pastMeans) {

  /**
   * @param dishes the meal's dishes by id; a dish no longer on it adds nothing, as the checkout
   *     refuses it anyway
   */
  static Sum of(Cart cart, Map<Long, OfferedDish> dishes) {
    BigDecimal price = BigDecimal.ZERO;
    Nutrition nutrition = null;
    for (long item : cart.dishes()) {
      OfferedDish dish = dishes.get(item);
      if (dish == null) {
        continue;
      }
      int quantity = cart.quantityOf(item);
      if (dish.price() != null) {
        price = price.add(dish.price().multiply(BigDecimal.valueOf(quantity)));
      }
      Nutrition portions = dish.nutrition().times(quantity);
      nutrition = nutrition == null ? portions : nutrition.plus(portions);
    }
    return new Sum(price, nutrition == null ? Nutrition.unknown() : nutrition);
  }

  /** The cart's amount and nutrients, before they are written for the screen. */
  record Sum(BigDecimal price, Nutrition nutrition) {}
}
