package org.trayflow.ui;

import org.trayflow.tenantconfig.OrderingMoment;

/**
 * Ordering moments as people say them: "the day before at 12:00", "2 days before at 18:00", "same
 * day at 10:30".
 */
public final class OrderingWords {

  private OrderingWords() {}

  public static String of(OrderingMoment moment) {
    String at = Times.clock().format(moment.at());
    return switch (moment.daysBefore()) {
      case 0 -> Translations.words("ordering.sameDay", at);
      case 1 -> Translations.words("ordering.dayBefore", at);
      default -> Translations.words("ordering.daysBefore", moment.daysBefore(), at);
    };
  }
}
