package org.trayflow.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.platform.HospitalMoney;
import org.trayflow.platform.Wording;

/**
 * An order would take the person past what they may spend: their day's allowance or their wallet
 * and its overdraft. Nothing was ordered, and the message names the amounts.
 */
public class PaymentRefused extends ExpectedFailure {

  private PaymentRefused(
      String message, BigDecimal cost, BigDecimal available, Currency currency, Wording wording) {
    super(
        Kind.CONFLICT,
        "payment-refused",
        message,
        List.of(
            new Detail("cost", cost.toPlainString() + " " + currency.getCurrencyCode()),
            new Detail("available", available.toPlainString() + " " + currency.getCurrencyCode())),
        wording);
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", HospitalLocale.FORMATS);

  static PaymentRefused pastAllowance(
      BigDecimal cost, BigDecimal left, LocalDate day, Currency currency) {
    return new PaymentRefused(
        "This order costs "
            + HospitalMoney.format(cost, currency)
            + " but your allowance for "
            + DAY.format(day)
            + " has "
            + HospitalMoney.format(left, currency)
            + " left. Nothing was ordered: choose less, or another day.",
        cost,
        left,
        currency,
        Wording.of(
            "payment-refused.allowance",
            new Wording.Money(cost, currency),
            day,
            new Wording.Money(left, currency)));
  }

  static PaymentRefused pastWallet(
      BigDecimal cost, BigDecimal spendable, BigDecimal balance, Currency currency) {
    return new PaymentRefused(
        "This order costs "
            + HospitalMoney.format(cost, currency)
            + " but your wallet ("
            + HospitalMoney.format(balance, currency)
            + ") allows "
            + HospitalMoney.format(spendable, currency)
            + " more. Nothing was ordered: top up your wallet or choose less.",
        cost,
        spendable,
        currency,
        Wording.of(
            "payment-refused.wallet",
            new Wording.Money(cost, currency),
            new Wording.Money(balance, currency),
            new Wording.Money(spendable, currency)));
  }
}
