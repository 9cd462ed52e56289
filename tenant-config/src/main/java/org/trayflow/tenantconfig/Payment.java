package org.trayflow.tenantconfig;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * How staff pay for their own meals (patients' meals are the hospital's).
 *
 * @param dailyAllowance with {@link Mode#ALLOWANCE}: what the hospital pays per person and service
 *     day; an order past what is left of it is refused
 * @param overdraftLimit with {@link Mode#WALLET}: how far below nought a wallet may go; none when
 *     absent
 */
public record Payment(
    Mode mode,
    Currency currency,
    Optional<BigDecimal> dailyAllowance,
    Optional<BigDecimal> overdraftLimit) {

  /** The ways a hospital charges its staff. */
  public enum Mode implements ConfigurationWord {
    /** Deducted from pay: exported per pay period for the finance office. */
    PAYROLL_DEDUCTION,
    /** Paid by the hospital up to an amount per person and day. */
    ALLOWANCE,
    /** Paid from money the person put in beforehand, down to the overdraft limit. */
    WALLET,
    FREE
  }

  /** Whether a person pays, one way or another, for what they order. */
  public boolean charges() {
    return mode != Mode.FREE;
  }

  /**
   * Whether the amount is in whole units of the currency's smallest coin (cents, or yen): a finer
   * one would be rounded by every ledger, so it is refused where it is typed.
   */
  public static boolean inMinorUnits(BigDecimal amount, Currency currency) {
    return amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits();
  }

  /** "cents of NZD", "units of JPY": what an amount must be whole in. */
  public static String minorUnits(Currency currency) {
    return (currency.getDefaultFractionDigits() == 0 ? "units" : "cents")
        + " of "
        + currency.getCurrencyCode();
  }

  /** How far below nought a wallet may go: nought when the hospital allows none. */
  public BigDecimal overdraft() {
    return overdraftLimit.orElse(BigDecimal.ZERO);
  }
}
