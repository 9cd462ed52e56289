package org.trayflow.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.People;
import org.trayflow.payments.persistence.AccountBook;
import org.trayflow.platform.HospitalMoney;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.Payment;

/** Money put into staff's wallets at the till, each top-up in the ledger and the audit log. */
@ApplicationScoped
public class Wallets {

  /** A till takes no more than this at once; a larger figure is a typing mistake. */
  static final BigDecimal MOST_AT_ONCE = new BigDecimal("1000");

  @Inject AccountBook book;
  @Inject People people;
  @Inject TenantConfigurations configurations;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * @return the wallet's balance after the top-up
   * @throws NoWallets where staff do not pay from wallets
   * @throws org.trayflow.identity.PersonNotFound for someone not of the hospital
   * @throws InvalidAmount for nought or less, more than a till takes, or finer than the currency's
   *     coins
   */
  @Transactional
  public BigDecimal topUp(String username, BigDecimal amount, String reference, String by) {
    Payment payment = configurations.configuration().orElseThrow().payment();
    if (payment.mode() != Payment.Mode.WALLET) {
      throw new NoWallets();
    }
    people.person(username);
    if (amount.signum() <= 0 || amount.compareTo(MOST_AT_ONCE) > 0) {
      throw new InvalidAmount(
          "must be more than nought and at most "
              + HospitalMoney.format(MOST_AT_ONCE, payment.currency()));
    }
    if (!Payment.inMinorUnits(amount, payment.currency())) {
      throw new InvalidAmount("must be in whole " + Payment.minorUnits(payment.currency()));
    }
    String ref = reference == null ? "" : reference.strip();
    BigDecimal balance = book.creditWallet(username, amount);
    book.record(
        new Movement(
            username,
            Movement.Kind.TOP_UP,
            PaidBy.WALLET,
            amount,
            payment.currency().getCurrencyCode(),
            null,
            null,
            clock.instant(),
            by,
            ref));
    audit.record(
        by,
        "wallet.topped-up",
        username
            + ": "
            + HospitalMoney.format(amount, payment.currency())
            + (ref.isEmpty() ? "" : " (" + ref + ")")
            + ", balance "
            + HospitalMoney.format(balance, payment.currency()));
    return balance;
  }
}
