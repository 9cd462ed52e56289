package org.trayflow.payments;

import java.util.Optional;
import org.trayflow.tenantconfig.Payment;

/**
 * How one charge was paid, kept with it so that its refund goes back the same way whatever the
 * hospital has changed since.
 */
public enum PaidBy {
  ALLOWANCE,
  PAYROLL_DEDUCTION,
  WALLET;

  /** The way a hospital charging in this mode is paid; empty when it does not charge. */
  static Optional<PaidBy> of(Payment.Mode mode) {
    return switch (mode) {
      case ALLOWANCE -> Optional.of(ALLOWANCE);
      case PAYROLL_DEDUCTION -> Optional.of(PAYROLL_DEDUCTION);
      case WALLET -> Optional.of(WALLET);
      case FREE -> Optional.empty();
    };
  }
}
