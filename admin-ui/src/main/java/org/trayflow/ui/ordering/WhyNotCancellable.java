package org.trayflow.ui.ordering;

import static org.trayflow.ui.Translations.words;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.trayflow.ordering.CancelRefusal;
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
      case ALREADY_CANCELLED -> said("cancelled", order.cancelledAt(), zone);
      // the kitchen started it, it is ready, delivered or collected: said as it is
      case UNDER_WAY -> said(order.status().word(), order.statusChangedAt(), zone);
      case CUT_OFF_PASSED ->
          hospital
              .mealPeriod(order.mealPeriod())
              .map(meal -> OrderingWindow.of(meal, order.serviceDate(), zone))
              .map(window -> words("whyNot.cutOff", Times.clock().format(window.cutOff())))
              .orElse(words("whyNot.cutOff.unknown"));
      case MEAL_NO_LONGER_SERVED -> words("whyNot.noLongerServed");
    };
  }

  /** Said with the moment in the hospital's time ("at 11:20"), or without it when not known. */
  private static String said(String what, Instant moment, ZoneId zone) {
    return Optional.ofNullable(moment)
        .map(at -> words("whyNot." + what + ".at", Times.clock().format(at.atZone(zone))))
        .orElse(words("whyNot." + what));
  }
}
