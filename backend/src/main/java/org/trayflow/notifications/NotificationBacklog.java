package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.TenantDirectory;

/** What is waiting to be sent, across tenants: for the drain's schedule and the ops metrics. */
@ApplicationScoped
@AcrossTenants
@Transactional
public class NotificationBacklog {

  @Inject EntityManager em;
  @Inject TenantDirectory tenants;

  /**
   * What one tenant has waiting: messages not dispatched plus deliveries not sent, and the oldest
   * one's age.
   */
  public record Reading(long depth, long oldestAgeSeconds) {}

  /** The tenants with messages to dispatch or deliveries due: the drain's partitions. */
  public List<Long> tenantsWithWork(Instant now) {
    List<?> tenants =
        em.createNativeQuery(
                "select tenant_id from outbox_message where dispatched_at is null"
                    + " union select tenant_id from notification_delivery where status = 'PENDING' and next_attempt_at <= ?1"
                    + " order by 1")
            .setParameter(1, now)
            .getResultList();
    return tenants.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** Each tenant with anything waiting, by slug. */
  public Map<String, Reading> byTenant(Instant now) {
    Map<Long, String> slugs = tenants.slugsById();
    Map<String, Reading> readings = new TreeMap<>();
    NativeRows.of(
            em.createNativeQuery(
                "select w.tenant_id, count(*), min(w.created_at) from ("
                    + " select tenant_id, created_at from outbox_message where dispatched_at is null"
                    + " union all select d.tenant_id, m.created_at from notification_delivery d"
                    + " join outbox_message m on m.id = d.message_id where d.status = 'PENDING') w"
                    + " group by w.tenant_id"))
        .forEach(
            row ->
                readings.put(
                    slugs.getOrDefault(((Number) row[0]).longValue(), "?"),
                    new Reading(
                        ((Number) row[1]).longValue(),
                        Math.max(
                            0,
                            now.getEpochSecond() - NativeRows.instant(row[2]).getEpochSecond()))));
    return readings;
  }
}
