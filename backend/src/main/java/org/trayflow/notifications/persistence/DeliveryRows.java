package org.trayflow.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The drain's rows: messages of the outbox not yet dispatched ({@code outbox_message}), the
 * deliveries made of them ({@code notification_delivery}) and the inbox items they become ({@code
 * inbox_item}). Rows are taken with {@code for update skip locked}, so that two drains never take
 * the same one. Callers hold the transaction, in the tenant's scope.
 */
@ApplicationScoped
public class DeliveryRows {

  /** A message to dispatch, its kind and payload as the outbox holds them. */
  public record Undispatched(long id, String kind, String payload) {}

  /** A delivery whose time has come, with its message's kind and payload. */
  public record DueRow(
      long id, String recipient, String channel, int attempts, String kind, String payload) {}

  @Inject EntityManager em;

  /**
   * @param heldKinds kinds of message that wait while their site is in its lunch window
   * @param heldSites the sites in their lunch window now
   */
  public List<Undispatched> undispatched(
      Collection<String> heldKinds, Collection<Long> heldSites, int most) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select id, kind, cast(payload as text) as payload from outbox_message"
                        + " where tenant_id = ?4 and dispatched_at is null and not"
                        + " (kind = any(cast(?1 as varchar[])) and site_id = any(cast(?2 as bigint[])))"
                        + " order by id limit ?3 for update skip locked")
                .setParameter(1, heldKinds.toArray(String[]::new))
                .setParameter(2, heldSites.toArray(Long[]::new))
                .setParameter(3, most)
                .setParameter(4, TenantScope.requiredTenant()))
        .map(row -> new Undispatched(row.whole("id"), row.text("kind"), row.text("payload")))
        .toList();
  }

  public void dispatched(long messageId, Instant at) {
    em.createNativeQuery(
            "update outbox_message set dispatched_at = ?1 where tenant_id = ?3 and id = ?2")
        .setParameter(1, at)
        .setParameter(2, messageId)
        .setParameter(3, TenantScope.requiredTenant())
        .executeUpdate();
  }

  /** A delivery of the message to the recipient by the channel, once. */
  public void addDelivery(long messageId, String recipient, String channel, Instant at) {
    em.createNativeQuery(
            "insert into notification_delivery (tenant_id, message_id, recipient, channel,"
                + " next_attempt_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, messageId)
        .setParameter(3, recipient)
        .setParameter(4, channel)
        .setParameter(5, at)
        .executeUpdate();
  }

  public List<DueRow> due(Instant now, int most) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select d.id, d.recipient, d.channel, d.attempts, m.kind,"
                        + " cast(m.payload as text) as payload from notification_delivery d"
                        + " join outbox_message m on m.id = d.message_id"
                        + " where d.tenant_id = ?3 and d.status = 'PENDING'"
                        + " and d.next_attempt_at <= ?1 order by d.next_attempt_at, d.id limit ?2"
                        + " for update of d skip locked")
                .setParameter(1, now)
                .setParameter(2, most)
                .setParameter(3, TenantScope.requiredTenant()))
        .map(
            row ->
                new DueRow(
                    row.whole("id"),
                    row.text("recipient"),
                    row.text("channel"),
                    row.count("attempts"),
                    row.text("kind"),
                    row.text("payload")))
        .toList();
  }

  /** The delivery's inbox item, written once however often the delivery is sent. */
  public void keepInInbox(
      long deliveryId, String recipient, String subject, String body, Instant at) {
    em.createNativeQuery(
            "insert into inbox_item (delivery_id, tenant_id, recipient, subject, body,"
                + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
        .setParameter(1, deliveryId)
        .setParameter(2, TenantScope.requiredTenant())
        .setParameter(3, recipient)
        .setParameter(4, subject)
        .setParameter(5, body)
        .setParameter(6, at)
        .executeUpdate();
  }

  public void sent(long deliveryId, Instant at) {
    em.createNativeQuery(
            "update notification_delivery set status = 'SENT', sent_at = ?1,"
                + " attempts = attempts + 1, last_error = null where tenant_id = ?3 and id = ?2")
        .setParameter(1, at)
        .setParameter(2, deliveryId)
        .setParameter(3, TenantScope.requiredTenant())
        .executeUpdate();
  }

  /**
   * @param dead given up: no attempt follows
   */
  public void failed(long deliveryId, int attempts, boolean dead, Instant nextAttempt, String why) {
    em.createNativeQuery(
            "update notification_delivery set attempts = ?1, status = ?2, next_attempt_at = ?3,"
                + " last_error = ?4 where tenant_id = ?6 and id = ?5")
        .setParameter(1, attempts)
        .setParameter(2, dead ? "DEAD" : "PENDING")
        .setParameter(3, nextAttempt)
        .setParameter(4, why.length() > 500 ? why.substring(0, 500) : why)
        .setParameter(5, deliveryId)
        .setParameter(6, TenantScope.requiredTenant())
        .executeUpdate();
  }
}
