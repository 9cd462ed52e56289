package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * The durable outbox: a message is written in the transaction of the event it tells of, so that it
 * exists exactly when the event does; the drain sends it later (decision 0010).
 */
@ApplicationScoped
public class Outbox {

  @Inject EntityManager em;

  /**
   * @param payload what the templates and the recipients are drawn from; it names the site by its
   *     slug
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(NotificationKind kind, long siteId, JsonObject payload, Instant now) {
    addOnce(kind, siteId, payload, now, null);
  }

  /**
   * As {@link #add}, but only the first message with this key is written; later ones are dropped.
   *
   * @return whether this one was written
   */
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
