package org.trayflow.ui.ordering;

import static org.trayflow.ui.Translations.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.trayflow.payments.AccountStanding;
import org.trayflow.platform.HospitalMoney;
import org.trayflow.tenantconfig.Payment;
import org.trayflow.ui.Times;

/** Where a person stands for their meals, in words, before they place an order. */
final class AccountWords {

  private AccountWords() {}

  static Optional<String> of(AccountStanding standing, Payment payment, LocalDate day) {
    return switch (standing.mode()) {
      case ALLOWANCE ->
          Optional.of(
              words(
                  "account.allowance",
                  day.format(Times.day()),
                  money(standing.allowanceLeft().orElseThrow(), payment),
                  money(payment.dailyAllowance().orElseThrow(), payment)));
      case WALLET ->
          Optional.of(
              payment.overdraft().signum() > 0
                  ? words(
                      "account.wallet.overdraft",
                      money(standing.walletBalance().orElseThrow(), payment),
                      money(payment.overdraft().negate(), payment))
                  : words(
                      "account.wallet", money(standing.walletBalance().orElseThrow(), payment)));
      case PAYROLL_DEDUCTION -> Optional.of(words("account.payroll"));
      case FREE -> Optional.empty();
    };
  }

  /** Why an order of this price cannot be paid for; empty when it can. */
  static Optional<String> pastMeans(AccountStanding standing, BigDecimal price, Payment payment) {
    return standing
        .spendable()
        .filter(spendable -> price.compareTo(spendable) > 0)
        .map(
            spendable ->
                words(
                    standing.mode() == Payment.Mode.ALLOWANCE
                        ? "account.pastMeans.day"
                        : "account.pastMeans",
                    money(price, payment),
                    money(spendable, payment)));
  }

  private static String money(BigDecimal amount, Payment payment) {
    return HospitalMoney.format(amount, payment.currency(), Times.locale());
  }
}
