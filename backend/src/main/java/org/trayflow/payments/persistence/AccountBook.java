package org.trayflow.payments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.payments.Movement;
import org.trayflow.payments.PaidBy;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The tables of staff payment (V24): each limit is one row changed by a conditional update, so that
 * concurrent checkouts of one person are decided by PostgreSQL one after the other, whichever
 * instances run them; the ledger is appended to, never changed. Callers hold the transaction.
 */
@ApplicationScoped
public class AccountBook {

  @Inject EntityManager em;

  /**
   * Adds to the person's spending on the day if it stays within the allowance.
   *
   * @return what they have spent that day with it, or empty (nothing changed) when it would not
   *     stay within
   */
  public Optional<BigDecimal> spendAllowance(
      String username, LocalDate day, BigDecimal amount, BigDecimal allowance) {
    if (amount.compareTo(allowance) > 0) {
      return Optional.empty();
    }
    return em.createNativeQuery(
            "insert into allowance_day (tenant_id, username, service_date, spent)"
                + " values (?1, ?2, ?3, ?4)"
                + " on conflict (tenant_id, username, service_date) do update"
                + " set spent = allowance_day.spent + excluded.spent"
                + " where allowance_day.spent + excluded.spent <= ?5"
                + " returning spent")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .setParameter(3, day)
        .setParameter(4, amount)
        .setParameter(5, allowance)
        .getResultStream()
        .findFirst()
        .map(spent -> (BigDecimal) spent);
  }

  /** What the person has spent of their allowance on the day. */
  public BigDecimal allowanceSpent(String username, LocalDate day) {
    return (BigDecimal)
        em.createNativeQuery(
                "select coalesce(sum(spent), 0) from allowance_day"
                    + " where tenant_id = ?1 and username = ?2 and service_date = ?3")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, username)
            .setParameter(3, day)
            .getSingleResult();
  }

  public void giveBackAllowance(String username, LocalDate day, BigDecimal amount) {
    em.createNativeQuery(
            "update allowance_day set spent = spent - ?4"
                + " where tenant_id = ?1 and username = ?2 and service_date = ?3")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .setParameter(3, day)
        .setParameter(4, amount)
        .executeUpdate();
  }

  /**
   * Takes the amount from the wallet if its balance stays at or above minus the overdraft.
   *
   * @return the balance after, or empty (nothing changed) when it would go lower
   */
  public Optional<BigDecimal> debitWallet(
      String username, BigDecimal amount, BigDecimal overdraft) {
    if (amount.compareTo(overdraft) > 0 && walletBalance(username).isEmpty()) {
      return Optional.empty();
    }
    return em.createNativeQuery(
            "insert into wallet (tenant_id, username, balance) values (?1, ?2, ?3)"
                + " on conflict (tenant_id, username) do update"
                + " set balance = wallet.balance + excluded.balance"
                + " where wallet.balance + excluded.balance >= ?4"
                + " returning balance")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .setParameter(3, amount.negate())
        .setParameter(4, overdraft.negate())
        .getResultStream()
        .findFirst()
        .map(balance -> (BigDecimal) balance);
  }

  /** Puts money into the wallet (a top-up, a refund); opens it when the person has none. */
  public BigDecimal creditWallet(String username, BigDecimal amount) {
    return (BigDecimal)
        em.createNativeQuery(
                "insert into wallet (tenant_id, username, balance) values (?1, ?2, ?3)"
                    + " on conflict (tenant_id, username) do update"
                    + " set balance = wallet.balance + excluded.balance"
                    + " returning balance")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, username)
            .setParameter(3, amount)
            .getSingleResult();
  }

  /** The wallet's balance; empty when the person never had money in it nor spent from it. */
  public Optional<BigDecimal> walletBalance(String username) {
    return em.createNativeQuery("select balance from wallet where tenant_id = ?1 and username = ?2")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, username)
        .getResultStream()
        .findFirst()
        .map(balance -> (BigDecimal) balance);
  }

  /**
   * Appends a movement to the ledger.
   *
   * @return false when the order already has a movement of that kind (a second refund)
   */
  public boolean record(Movement movement) {
    return em.createNativeQuery(
                "insert into account_movement (tenant_id, username, kind, paid_by, amount,"
                    + " currency, order_id, service_date, recorded_at, recorded_by, reference)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                    + " on conflict (order_id, kind) where order_id is not null do nothing")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, movement.username())
            .setParameter(3, movement.kind().name())
            .setParameter(4, movement.paidBy().name())
            .setParameter(5, movement.amount())
            .setParameter(6, movement.currency())
            .setParameter(7, movement.orderId() == null ? null : movement.orderId().value())
            .setParameter(8, movement.serviceDate())
            .setParameter(9, movement.recordedAt())
            .setParameter(10, movement.recordedBy())
            .setParameter(11, movement.reference())
            .executeUpdate()
        == 1;
  }

  /** The charge of an order, if it was charged. */
  public Optional<Movement> chargeOf(OrderId orderId) {
    return rows(
            "select * from account_movement where tenant_id = ?1 and order_id = ?2"
                + " and kind = 'CHARGE'",
            orderId.value())
        .stream()
        .findFirst();
  }

  /** The person's movements, newest first. */
  public List<Movement> statement(String username, int most) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select * from account_movement where tenant_id = ?1 and username = ?2"
                        + " order by recorded_at desc, id desc limit ?3")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, username)
                .setParameter(3, most))
        .map(AccountBook::movement)
        .toList();
  }

  /** Every movement paid this way recorded from one moment (inclusive) to another (exclusive). */
  public List<Movement> between(PaidBy paidBy, Instant from, Instant to) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select * from account_movement where tenant_id = ?1 and paid_by = ?2"
                        + " and recorded_at >= ?3 and recorded_at < ?4 order by username, id")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, paidBy.name())
                .setParameter(3, from)
                .setParameter(4, to))
        .map(AccountBook::movement)
        .toList();
  }

  private List<Movement> rows(String sql, long orderId) {
    return NativeRows.of(
            NativeRows.select(em, sql)
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, orderId))
        .map(AccountBook::movement)
        .toList();
  }

  private static Movement movement(Row row) {
    return new Movement(
        row.text("username"),
        Movement.Kind.valueOf(row.text("kind")),
        PaidBy.valueOf(row.text("paid_by")),
        row.decimal("amount"),
        row.text("currency"),
        row.optionalWhole("order_id").map(OrderId::new).orElse(null),
        row.optionalDate("service_date").orElse(null),
        row.instant("recorded_at"),
        row.text("recorded_by"),
        row.text("reference"));
  }
}
