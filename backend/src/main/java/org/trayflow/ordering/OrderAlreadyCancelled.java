package org.trayflow.ordering;

import org.trayflow.ids.OrderId;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/** The order was cancelled before; cancelling is done once. */
public class OrderAlreadyCancelled extends ExpectedFailure {

  OrderAlreadyCancelled(OrderId id) {
    super(
        Kind.CONFLICT,
        "order-already-cancelled",
        "Order " + id + " is already cancelled.",
        java.util.List.of(),
        Wording.of("order-already-cancelled", id));
  }
}
