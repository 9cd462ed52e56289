package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trayflow.notifications.NotificationBacklog;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.TenantDirectory;

@ApplicationScoped
@AcrossTenants
@Transactional
class OutboxBacklog implements NotificationBacklog {

  @Inject EntityManager em;
  @Inject TenantDirectory tenants;

  @Override
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

  @Override
  public Map<String, NotificationBacklog.Reading> byTenant(Instant now) {
    Map<Long, String> slugs = tenants.slugsById();
    Map<String, NotificationBacklog.Reading> readings = new TreeMap<>();
    NativeRows.of(
            NativeRows.select(
                em,
                "select w.tenant_id, count(*) as waiting, min(w.created_at) as oldest from ("
                    + " select tenant_id, created_at from outbox_message where dispatched_at is null"
                    + " union all select d.tenant_id, m.created_at from notification_delivery d"
                    + " join outbox_message m on m.id = d.message_id where d.status = 'PENDING') w"
                    + " group by w.tenant_id"))
        .forEach(
            row ->
                readings.put(
                    slugs.getOrDefault(row.whole("tenant_id"), "?"),
                    new NotificationBacklog.Reading(
                        row.whole("waiting"),
                        Math.max(
                            0, now.getEpochSecond() - row.instant("oldest").getEpochSecond()))));
    return readings;
  }
}
