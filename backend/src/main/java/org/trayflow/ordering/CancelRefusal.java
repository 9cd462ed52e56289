package org.trayflow.ordering;

import java.util.Optional;

/** Why an orderer can no longer cancel an order. */
public enum CancelRefusal {
  ALREADY_CANCELLED,
  /** The kitchen has started it, or it has been served. */
  UNDER_WAY,
  CUT_OFF_PASSED,
  /** The hospital no longer serves the order's meal: the kitchen handles its orders. */
  MEAL_NO_LONGER_SERVED;

  /**
   * The one rule of cancelling: an order can be cancelled while it is placed and its meal's cut-off
   * has not passed.
   */
  static Optional<CancelRefusal> of(OrderStatus status, boolean beforeCutOff) {
    if (status == OrderStatus.CANCELLED) {
      return Optional.of(ALREADY_CANCELLED);
    }
    if (status != OrderStatus.PLACED) {
      return Optional.of(UNDER_WAY);
    }
    return beforeCutOff ? Optional.empty() : Optional.of(CUT_OFF_PASSED);
  }
}
