package org.trayflow.ui.ordering;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.trayflow.ordering.CancelRefusal;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.ordering.OrderingWindow;
import org.trayflow.ordering.PlacedOrder;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.Times;

/**
 * Why its orderer can no longer cancel an order, in the hospital's time ("the kitchen started your
 * meal at 11:20").
 */
final class WhyNotCancellable {

  private WhyNotCancellable() {}

  static String of(CancelRefusal refusal, PlacedOrder order, TenantConfiguration hospital) {
    ZoneId zone = hospital.timeZone();
    return switch (refusal) {
      case ALREADY_CANCELLED -> "Cancelled" + at(order.cancelledAt(), zone) + ".";
      case UNDER_WAY -> underWay(order.status(), at(order.statusChangedAt(), zone));
      case CUT_OFF_PASSED ->
          "Cancelling closed at "
              + hospital
                  .mealPeriod(order.mealPeriod())
                  .map(meal -> OrderingWindow.of(meal, order.serviceDate(), zone))
                  .map(window -> Times.CLOCK.format(window.cutOff()))
                  .orElse("the cut-off")
              + ", the meal's cut-off.";
      case MEAL_NO_LONGER_SERVED -> "This meal is no longer served; ask the kitchen.";
    };
  }

  private static String underWay(OrderStatus status, String since) {
    return switch (status) {
      case IN_PREPARATION ->
          "The kitchen started your meal" + since + ", so it can no longer be cancelled.";
      case READY -> "Your meal was ready" + since + ", so it can no longer be cancelled.";
      default -> "Your meal was " + status.words() + since + ".";
    };
  }

  /** " at 11:20" in the hospital's time, or nothing when the moment is not known. */
  private static String at(Instant moment, ZoneId zone) {
    return Optional.ofNullable(moment)
        .map(at -> " at " + Times.CLOCK.format(at.atZone(zone)))
        .orElse("");
  }
}
