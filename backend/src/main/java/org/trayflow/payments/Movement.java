package org.trayflow.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.trayflow.ids.OrderId;

/**
 * One line of a person's account: a charge for an order, its refund, or money put into a wallet.
 * Amounts are positive; the kind says which way they go.
 *
 * @param orderId the order charged or refunded; null for a top-up
 * @param serviceDate the day of the meal charged; null for a top-up
 * @param reference for a top-up, the till receipt or whatever the cashier gives
 */
public record Movement(
    String username,
    Kind kind,
    PaidBy paidBy,
    BigDecimal amount,
    String currency,
    OrderId orderId,
    LocalDate serviceDate,
    Instant recordedAt,
    String recordedBy,
    String reference) {

  public enum Kind {
    CHARGE,
    REFUND,
    TOP_UP
  }

  /** What the movement does to what the person owes or holds: a charge takes, the rest give. */
  public BigDecimal signed() {
    return kind == Kind.CHARGE ? amount.negate() : amount;
  }
}
