package org.trayflow.ordering;

import java.util.Locale;
import java.util.Optional;

/** Where an order is on its way from the checkout to the tray. */
public enum OrderStatus {
  PLACED,
  IN_PREPARATION,
  READY,
  /** Taken to its ward or department. */
  DELIVERED,
  /** Picked up at a pick-up point. */
  COLLECTED,
  CANCELLED;

  /**
   * The status an order must have for the kitchen to move it to this one; none for the checkout's
   * own.
   */
  public Optional<OrderStatus> comesAfter() {
    return switch (this) {
      case IN_PREPARATION -> Optional.of(PLACED);
      case READY -> Optional.of(IN_PREPARATION);
      case DELIVERED, COLLECTED -> Optional.of(READY);
      case PLACED, CANCELLED -> Optional.empty();
    };
  }

  /** "in preparation", as the orderer reads it. */
  public String words() {
    return word().replace('-', ' ');
  }

  /** "in-preparation", as messages carry it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
