package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.AcrossTenants;

/** What is waiting to be sent, across tenants: for the drain's schedule and the ops metrics. */
@ApplicationScoped
@AcrossTenants
@Transactional
public class NotificationBacklog {

  @Inject EntityManager em;

  record Reading(long depth, double oldestAgeSeconds) {}

  /** The tenants with messages to dispatch or deliveries due: the drain's partitions. */
  public List<Long> tenantsWithWork(Instant now) {
    List<?> tenants = em.createNativeQuery("select tenant_id from outbox_message where dispatched_at is null"
            + " union select tenant_id from notification_delivery where status = 'PENDING' and next_attempt_at <= ?1"
            + " order by 1")
        .setParameter(1, now)
        .getResultList();
    return tenants.stream().map(id -> ((Number) id).longValue()).toList();
  }

  Reading read(Instant now) {
    Object[] row = NativeRows.of(em.createNativeQuery("select"
            + " (select count(*) from outbox_message where dispatched_at is null)"
            + " + (select count(*) from notification_delivery where status = 'PENDING'),"
            + " least((select min(created_at) from outbox_message where dispatched_at is null),"
            + " (select min(m.created_at) from notification_delivery d join outbox_message m on m.id = d.message_id"
            + " where d.status = 'PENDING'))")).findFirst().orElseThrow();
    double age = row[1] == null ? 0 : Math.max(0, now.getEpochSecond() - NativeRows.instant(row[1]).getEpochSecond());
    return new Reading(((Number) row[0]).longValue(), age);
  }
}
