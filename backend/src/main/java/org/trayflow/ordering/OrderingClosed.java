package org.trayflow.ordering;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * The meal cannot be ordered now (too early or too late), or no longer be cancelled (too late, or
 * no longer served).
 */
public class OrderingClosed extends ExpectedFailure {

  private OrderingClosed(String type, String message) {
    super(Kind.CONFLICT, type, message);
  }

  private OrderingClosed(String type, String message, Wording wording) {
    super(Kind.CONFLICT, type, message, java.util.List.of(), wording);
  }

  static OrderingClosed forOrders(String meal, LocalDate day, OrderingWindow window) {
    return new OrderingClosed(
        "ordering-closed",
        meal + " on " + day + " can be ordered " + window.describe() + ".",
        Wording.of("ordering-closed", meal, day, window.opens(), window.closes()));
  }

  static OrderingClosed lateTrayNeedsReason(String meal, ZonedDateTime until) {
    return new OrderingClosed(
        "late-tray-needs-reason",
        "Ordering for "
            + meal
            + " has closed; a late tray can be"
            + " ordered until "
            + until.toLocalTime()
            + " with a reason (lateTrayReason).");
  }

  static OrderingClosed forCancellation(OrderingWindow window) {
    return new OrderingClosed(
        "too-late-to-cancel",
        "The cut-off for changes was "
            + window.describeCutOff()
            + "; the kitchen is already preparing this order.",
        Wording.of("too-late-to-cancel", window.cutOff()));
  }

  static OrderingClosed forMealNoLongerServed(String mealPeriod) {
    return new OrderingClosed(
        "meal-no-longer-served",
        "The meal '"
            + mealPeriod
            + "' is no longer served here, so"
            + " its orders cannot be changed online; the kitchen handles them.");
  }

  static OrderingClosed forOrderUnderWay(OrderStatus status) {
    return new OrderingClosed(
        "too-late-to-cancel",
        "The kitchen has this order "
            + status.words()
            + " already; it can no longer be cancelled here.");
  }
}
