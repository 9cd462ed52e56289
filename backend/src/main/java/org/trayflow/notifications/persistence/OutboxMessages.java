package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.trayflow.notifications.Outbox;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.NotificationKind;

/** The outbox's rows ({@code outbox_message}), written in the caller's transaction. */
@ApplicationScoped
class OutboxMessages implements Outbox {

  @Inject EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(NotificationKind kind, long siteId, JsonObject payload, Instant now) {
    addOnce(kind, siteId, payload, now, null);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean addOnce(
      NotificationKind kind, long siteId, JsonObject payload, Instant now, String onceKey) {
    return em.createNativeQuery(
                "insert into outbox_message (tenant_id, site_id, kind, payload, created_at, once_key)"
                    + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6) on conflict do nothing")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, siteId)
            .setParameter(3, kind.word())
            .setParameter(4, payload.toString())
            .setParameter(5, now)
            .setParameter(6, onceKey)
            .executeUpdate()
        == 1;
  }
}
