package org.trayflow.payments;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.trayflow.tenantconfig.Payment;

/**
 * Where a person stands before they order, as the checkout will decide it: how they pay and what
 * they may still spend on the day.
 *
 * @param spendable what an order may cost at most now; empty when nothing limits it (payroll
 *     deduction, free meals)
 * @param allowanceLeft with an allowance: what is left of the day's
 * @param walletBalance with a wallet: its balance (below nought when overdrawn)
 */
public record AccountStanding(
    Payment.Mode mode,
    Currency currency,
    Optional<BigDecimal> spendable,
    Optional<BigDecimal> allowanceLeft,
    Optional<BigDecimal> walletBalance) {}
