package org.trayflow.ordering;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * The order names something that does not exist for it: a site, a location, a meal, a dish not on
 * the menu.
 */
public class OrderNotAccepted extends ExpectedFailure {

  OrderNotAccepted(List<Detail> problems) {
    super(
        Kind.INVALID,
        "order-not-accepted",
        "The order cannot be placed as it is; nothing was ordered.",
        problems);
  }

  OrderNotAccepted(String field, String reason) {
    this(List.of(new Detail(field, reason)));
  }
}
