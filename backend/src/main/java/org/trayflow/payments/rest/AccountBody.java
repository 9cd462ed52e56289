package org.trayflow.payments.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.trayflow.payments.AccountStanding;
import org.trayflow.payments.Movement;

/**
 * Where the caller stands for their own meals on a day, and their latest movements.
 *
 * @param mode {@code allowance}, {@code payroll-deduction}, {@code wallet} or {@code free}
 * @param spendable what an order may cost at most; null when nothing limits it
 */
public record AccountBody(
    String mode,
    String currency,
    LocalDate day,
    BigDecimal spendable,
    BigDecimal allowanceLeft,
    BigDecimal walletBalance,
    List<Line> movements) {

  /** One movement; {@code amount} is signed: a charge is below nought. */
  public record Line(
      String kind, BigDecimal amount, Long orderId, LocalDate serviceDate, String recordedAt) {}

  static AccountBody of(AccountStanding standing, LocalDate day, List<Movement> movements) {
    return new AccountBody(
        standing.mode().word(),
        standing.currency().getCurrencyCode(),
        day,
        standing.spendable().orElse(null),
        standing.allowanceLeft().orElse(null),
        standing.walletBalance().orElse(null),
        movements.stream()
            .map(
                m ->
                    new Line(
                        m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        m.signed(),
                        m.orderId() == null ? null : m.orderId().value(),
                        m.serviceDate(),
                        m.recordedAt().toString()))
            .toList());
  }
}
