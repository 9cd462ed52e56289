package org.trayflow.tenantconfig;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * How staff pay for their meals.
 *
 * @param dailyAllowance with {@link Mode#ALLOWANCE}: what the hospital pays per person and day
 */
public record Payment(Mode mode, Currency currency, Optional<BigDecimal> dailyAllowance) {

  /** The ways a hospital charges its staff. */
  public enum Mode implements ConfigurationWord {
    PAYROLL_DEDUCTION,
    ALLOWANCE,
    FREE
  }
}
