package org.trayflow.ui;

import org.trayflow.tenantconfig.OrderingMoment;

/**
 * Ordering moments as people say them: "the day before at 12:00", "2 days before at 18:00", "same
 * day at 10:30".
 */
public final class OrderingWords {

  private OrderingWords() {}

  public static String of(OrderingMoment moment) {
    String day =
        switch (moment.daysBefore()) {
          case 0 -> "same day";
          case 1 -> "the day before";
          default -> moment.daysBefore() + " days before";
        };
    return day + " at " + moment.at();
  }
}
