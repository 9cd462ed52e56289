package org.trayflow.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.payments.persistence.AccountBook;
import org.trayflow.tenantconfig.Payment;

/**
 * Staff pay for their own meals in the order's own PostgreSQL transaction (docs/payments.md): the
 * charge is decided by a conditional update of one row (the day's allowance, the wallet), so two
 * checkouts of one person at once cannot both spend the last of it, and an order refused for
 * payment writes nothing at all. A cancellation gives the money back the way it came. Patients'
 * meals are the hospital's and never charged.
 */
@ApplicationScoped
public class StaffPayments {

  @Inject AccountBook book;

  /**
   * Charges the person for their order, or refuses it.
   *
   * @throws PaymentRefused past the day's allowance, or past the wallet's balance and overdraft
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void charge(
      Payment payment,
      String username,
      LocalDate serviceDate,
      BigDecimal cost,
      OrderId orderId,
      Instant now) {
    Optional<PaidBy> paidBy = PaidBy.of(payment.mode());
    if (paidBy.isEmpty() || cost.signum() == 0) {
      return;
    }
    switch (paidBy.get()) {
      case ALLOWANCE -> {
        BigDecimal allowance = payment.dailyAllowance().orElseThrow();
        if (book.spendAllowance(username, serviceDate, cost, allowance).isEmpty()) {
          throw PaymentRefused.pastAllowance(
              cost,
              allowance.subtract(book.allowanceSpent(username, serviceDate)).max(BigDecimal.ZERO),
              serviceDate,
              payment.currency());
        }
      }
      case WALLET -> {
        if (book.debitWallet(username, cost, payment.overdraft()).isEmpty()) {
          BigDecimal balance = book.walletBalance(username).orElse(BigDecimal.ZERO);
          throw PaymentRefused.pastWallet(
              cost,
              balance.add(payment.overdraft()).max(BigDecimal.ZERO),
              balance,
              payment.currency());
        }
      }
      case PAYROLL_DEDUCTION -> {
        // owed, not held: nothing limits it here; the finance office deducts the period's total
      }
    }
    book.record(
        new Movement(
            username,
            Movement.Kind.CHARGE,
            paidBy.get(),
            cost,
            payment.currency().getCurrencyCode(),
            orderId,
            serviceDate,
            now,
            username,
            ""));
  }

  /**
   * Gives back what the order was charged, the way it was paid, once; nothing for an order that was
   * not charged.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refund(OrderId orderId, String by, Instant now) {
    book.chargeOf(orderId)
        .ifPresent(
            charge -> {
              boolean first =
                  book.record(
                      new Movement(
                          charge.username(),
                          Movement.Kind.REFUND,
                          charge.paidBy(),
                          charge.amount(),
                          charge.currency(),
                          orderId,
                          charge.serviceDate(),
                          now,
                          by,
                          ""));
              if (!first) {
                return;
              }
              switch (charge.paidBy()) {
                case ALLOWANCE ->
                    book.giveBackAllowance(
                        charge.username(), charge.serviceDate(), charge.amount());
                case WALLET -> book.creditWallet(charge.username(), charge.amount());
                case PAYROLL_DEDUCTION -> {
                  // the refund line offsets the charge in the period's export
                }
              }
            });
  }

  /** The person's movements, newest first. */
  @Transactional
  public List<Movement> statement(String username, int most) {
    return book.statement(username, most);
  }

  /** Where the person stands for an order of that day, as the checkout would decide it now. */
  @Transactional
  public AccountStanding standing(Payment payment, String username, LocalDate day) {
    return switch (payment.mode()) {
      case ALLOWANCE -> {
        BigDecimal left =
            payment
                .dailyAllowance()
                .orElseThrow()
                .subtract(book.allowanceSpent(username, day))
                .max(BigDecimal.ZERO);
        yield new AccountStanding(
            payment.mode(),
            payment.currency(),
            Optional.of(left),
            Optional.of(left),
            Optional.empty());
      }
      case WALLET -> {
        BigDecimal balance = book.walletBalance(username).orElse(BigDecimal.ZERO);
        yield new AccountStanding(
            payment.mode(),
            payment.currency(),
            Optional.of(balance.add(payment.overdraft()).max(BigDecimal.ZERO)),
            Optional.empty(),
            Optional.of(balance));
      }
      case PAYROLL_DEDUCTION, FREE ->
          new AccountStanding(
              payment.mode(),
              payment.currency(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    };
  }
}
