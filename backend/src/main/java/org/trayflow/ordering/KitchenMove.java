package org.trayflow.ordering;

import java.util.Optional;
import java.util.Set;
import org.trayflow.ids.OrderId;
import org.trayflow.quotas.Slot;

/**
 * Which of a meal's orders the kitchen moves on, and to what.
 *
 * @param location one ward or pick-up point's orders only
 * @param chosen these orders only (by id); none chosen moves none, never all
 */
public record KitchenMove(
    Slot slot, Optional<Long> location, Optional<Set<OrderId>> chosen, OrderStatus to) {

  public KitchenMove {
    chosen = chosen.map(Set::copyOf);
  }

  /**
   * Every order of the meal: what a kitchen may do only once nobody can order or cancel any more.
   */
  public boolean wholeMeal() {
    return location.isEmpty() && chosen.isEmpty();
  }
}
