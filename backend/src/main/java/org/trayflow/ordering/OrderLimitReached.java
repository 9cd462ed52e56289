package org.trayflow.ordering;

import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * The orderer (or the patient, or their bedside) already has as many orders for this meal as
 * allowed.
 */
public class OrderLimitReached extends ExpectedFailure {

  OrderLimitReached(int limit) {
    super(
        Kind.CONFLICT,
        "order-limit-reached",
        "You already have "
            + limit
            + " order(s) for this meal, the most"
            + " your hospital allows. Cancel one to order again.",
        java.util.List.of(),
        Wording.of("order-limit-reached", limit));
  }

  private OrderLimitReached(String message) {
    super(Kind.CONFLICT, "order-limit-reached", message);
  }

  static OrderLimitReached forPatient(int limit, boolean patientsOwn) {
    return new OrderLimitReached(
        patientsOwn
            ? "The patient already has this meal ordered. Cancel it to order" + " another."
            : "This bedside already has "
                + limit
                + " guest or carer meal(s) for this meal, the most the"
                + " hospital allows.");
  }
}
