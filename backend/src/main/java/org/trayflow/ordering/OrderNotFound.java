package org.trayflow.ordering;

import org.trayflow.ids.OrderId;
import org.trayflow.platform.ExpectedFailure;

/**
 * No order of this orderer has that id (another person's or tenant's orders are not told apart).
 */
public class OrderNotFound extends ExpectedFailure {

  OrderNotFound(OrderId id) {
    super(Kind.NOT_FOUND, "order-not-found", "You have no order " + id + ".");
  }
}
