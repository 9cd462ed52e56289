package org.trayflow.ordering;

import org.trayflow.ids.OrderId;
import org.trayflow.platform.ExpectedFailure;

/** The order was cancelled before; cancelling is done once. */
public class OrderAlreadyCancelled extends ExpectedFailure {

  OrderAlreadyCancelled(OrderId id) {
    super(Kind.CONFLICT, "order-already-cancelled", "Order " + id + " is already cancelled.");
  }
}
