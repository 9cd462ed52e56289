package org.trayflow.ordering;

import org.trayflow.platform.ExpectedFailure;

/** The orderer already has as many orders for this meal as the hospital allows. */
public class OrderLimitReached extends ExpectedFailure {

  OrderLimitReached(int limit) {
    super(Kind.CONFLICT, "order-limit-reached", "You already have " + limit + " order(s) for this meal, the most"
        + " your hospital allows. Cancel one to order again.");
  }
}
