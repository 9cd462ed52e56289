package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.trayflow.notifications.DeadLetters;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

@ApplicationScoped
@Transactional
class DeadDeliveries implements DeadLetters {

  @Inject EntityManager em;
  @Inject Clock clock;

  @Override
  public List<DeadLetter> newest(int most) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select d.id, m.kind, d.recipient, d.channel, d.attempts, d.last_error"
                        + " from notification_delivery d join outbox_message m on m.id = d.message_id"
                        + " where d.tenant_id = ?2 and d.status = 'DEAD' order by d.id desc limit ?1")
                .setParameter(1, most)
                .setParameter(2, TenantScope.requiredTenant()))
        .map(
            row ->
                new DeadLetter(
                    row.whole("id"),
                    row.text("kind"),
                    row.text("recipient"),
                    row.text("channel"),
                    row.count("attempts"),
                    row.text("last_error")))
        .toList();
  }

  @Override
  public boolean redrive(long id) {
    return em.createNativeQuery(
                "update notification_delivery set status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?1, last_error = null"
                    + " where tenant_id = ?3 and id = ?2 and status = 'DEAD'")
            .setParameter(1, clock.instant())
            .setParameter(2, id)
            .setParameter(3, TenantScope.requiredTenant())
            .executeUpdate()
        == 1;
  }
}
