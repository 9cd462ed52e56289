package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The flags on patients' meals ({@code meal_flag}): at most one open per meal, re-raised by each
 * further change, closed when checked or cancelled. Callers hold the transaction.
 */
@ApplicationScoped
public class MealFlagRecords {

  /** An open flag as stored; the meal it is on is the order's. */
  public record OpenFlag(
      long id,
      OrderId orderId,
      LocalDate serviceDate,
      PatientId patientId,
      Instant raisedAt,
      String reason,
      boolean stillSafe,
      String conflicts) {}

  private static final int REASON_LENGTH = 300;
  private static final int CONFLICTS_LENGTH = 2000;

  @Inject EntityManager em;

  /** Raises the meal's flag, or raises its open one again with the newest reason. */
  public void raise(
      OrderId orderId,
      LocalDate day,
      PatientId patientId,
      Instant at,
      String reason,
      List<String> conflicts) {
    em.createNativeQuery(
            "insert into meal_flag (tenant_id, order_id, service_date, patient_id, raised_at,"
                + " reason, still_safe, conflicts) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (order_id, service_date) where resolved_at is null do update set"
                + " raised_at = excluded.raised_at, reason = excluded.reason,"
                + " still_safe = excluded.still_safe, conflicts = excluded.conflicts")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, orderId.value())
        .setParameter(3, day)
        .setParameter(4, patientId.value())
        .setParameter(5, at)
        .setParameter(6, abbreviate(reason, REASON_LENGTH))
        .setParameter(7, conflicts.isEmpty())
        .setParameter(8, abbreviate(String.join("; ", conflicts), CONFLICTS_LENGTH))
        .executeUpdate();
  }

  public List<OpenFlag> openOf(Collection<OrderId> orderIds) {
    if (orderIds.isEmpty()) {
      return List.of();
    }
    return open("order_id in (?2)", orderIds.stream().map(OrderId::value).toList());
  }

  /** Every open flag of the meals from this day on, oldest first. */
  public List<OpenFlag> openFrom(LocalDate day) {
    return open("service_date >= ?2", day);
  }

  public List<OpenFlag> openOn(LocalDate day) {
    return open("service_date = ?2", day);
  }

  public Optional<OpenFlag> open(long flagId) {
    return open("id = ?2", flagId).stream().findFirst();
  }

  /** Closes the meal's open flag: "CHECKED" or "CANCELLED". */
  public void resolve(OrderId orderId, LocalDate day, String resolution, String by, Instant at) {
    em.createNativeQuery(
            "update meal_flag set resolved_at = ?1, resolved_by = ?2, resolution = ?3"
                + " where tenant_id = ?6 and order_id = ?4 and service_date = ?5"
                + " and resolved_at is null")
        .setParameter(1, at)
        .setParameter(2, by)
        .setParameter(3, resolution)
        .setParameter(4, orderId.value())
        .setParameter(5, day)
        .setParameter(6, TenantScope.requiredTenant())
        .executeUpdate();
  }

  /**
   * @param condition on the flag's own columns, with its one parameter as ?2
   */
  private List<OpenFlag> open(String condition, Object parameter) {
    Query query =
        NativeRows.select(
                em,
                "select id, order_id, service_date, patient_id, raised_at, reason, still_safe,"
                    + " conflicts from meal_flag where tenant_id = ?1 and resolved_at is null and "
                    + condition
                    + " order by raised_at")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, parameter);
    return NativeRows.of(query)
        .map(
            row ->
                new OpenFlag(
                    row.whole("id"),
                    new OrderId(row.whole("order_id")),
                    row.date("service_date"),
                    new PatientId(row.whole("patient_id")),
                    row.instant("raised_at"),
                    row.text("reason"),
                    row.flag("still_safe"),
                    row.text("conflicts")))
        .toList();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
