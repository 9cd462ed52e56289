package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.NotificationKind;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The two steps of the drain, a chunk (one transaction) at a time, oldest first (decision 0010).
 * Dispatching turns an outbox message into one delivery per recipient and channel; delivering sends
 * each delivery at least once, under the delivery's stable id, and marks it. Rows are taken with
 * SKIP LOCKED, so drains on several instances share the work instead of repeating it.
 */
@ApplicationScoped
class Deliveries {

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  /**
   * After this many failed attempts a delivery is dead: shown to the tenant's administrators,
   * re-drivable.
   */
  static final int MOST_ATTEMPTS = 5;

  @Inject EntityManager em;
  @Inject Recipients recipients;
  @Inject Preferences preferences;
  @Inject Templates templates;
  @Inject MailSender mail;
  @Inject NotificationMetrics metrics;

  /** A delivery whose time has come. */
  record Due(
      long id,
      String recipient,
      Channel channel,
      int attempts,
      NotificationKind kind,
      JsonObject payload) {}

  /**
   * @param heldSites sites in their lunch window now, whose messages of the {@code held} kinds wait
   * @return messages dispatched
   */
  @Transactional
  int dispatch(
      Collection<Long> heldSites, Collection<NotificationKind> held, Instant now, int chunk) {
    List<Object[]> messages =
        NativeRows.of(
                em.createNativeQuery(
                        "select id, kind, cast(payload as text)"
                            + " from outbox_message where dispatched_at is null"
                            + " and not (kind = any(cast(?1 as varchar[])) and site_id = any(cast(?2 as bigint[])))"
                            + " order by id limit ?3 for update skip locked")
                    .setParameter(
                        1, held.stream().map(NotificationKind::word).toArray(String[]::new))
                    .setParameter(2, heldSites.toArray(Long[]::new))
                    .setParameter(3, chunk))
            .toList();
    for (Object[] message : messages) {
      long id = ((Number) message[0]).longValue();
      NotificationKind kind = Preferences.kindOf((String) message[1]);
      Map<String, Recipients.Person> people =
          recipients.people(recipients.of(kind, json((String) message[2])));
      for (Recipients.Person person : people.values()) {
        Preferences.Choice choice = preferences.of(person.username(), kind);
        if (choice.inInbox()) {
          addDelivery(id, person.username(), Channel.INBOX, now);
        }
        if (choice.byEmail() && person.email().isPresent() && mail.configured()) {
          addDelivery(id, person.username(), Channel.EMAIL, now);
        }
      }
      em.createNativeQuery("update outbox_message set dispatched_at = ?1 where id = ?2")
          .setParameter(1, now)
          .setParameter(2, id)
          .executeUpdate();
    }
    return messages.size();
  }

  /**
   * @return deliveries attempted
   */
  @Transactional
  int deliver(TenantConfiguration hospital, Instant now, int chunk) {
    List<Due> due = due(now, chunk);
    Map<String, Recipients.Person> people =
        recipients.people(due.stream().map(Due::recipient).toList());
    for (Due delivery : due) {
      try {
        send(hospital, delivery, people.get(delivery.recipient()), now);
        markSent(delivery, now);
      } catch (Exception failed) {
        markFailed(delivery, failed, now);
      }
    }
    return due.size();
  }

  List<Due> due(Instant now, int chunk) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select d.id, d.recipient, d.channel, d.attempts, m.kind,"
                        + " cast(m.payload as text) from notification_delivery d join outbox_message m on m.id = d.message_id"
                        + " where d.status = 'PENDING' and d.next_attempt_at <= ?1 order by d.next_attempt_at, d.id limit ?2"
                        + " for update of d skip locked")
                .setParameter(1, now)
                .setParameter(2, chunk))
        .map(
            row ->
                new Due(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    Channel.valueOf((String) row[2]),
                    ((Number) row[3]).intValue(),
                    Preferences.kindOf((String) row[4]),
                    json((String) row[5])))
        .toList();
  }

  /**
   * Sends one delivery, without marking it: the inbox item is keyed by the delivery (written twice,
   * kept once); the e-mail carries the delivery's Message-ID, so that a copy sent again after a
   * crash is known as the same message.
   */
  void send(TenantConfiguration hospital, Due delivery, Recipients.Person person, Instant now)
      throws Exception {
    Templates.Rendered text =
        templates.render(hospital, delivery.kind(), person.language(), delivery.payload());
    switch (delivery.channel()) {
      case INBOX ->
          em.createNativeQuery(
                  "insert into inbox_item (delivery_id, tenant_id, recipient, subject, body,"
                      + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
              .setParameter(1, delivery.id())
              .setParameter(2, TenantScope.requiredTenant())
              .setParameter(3, delivery.recipient())
              .setParameter(4, text.subject())
              .setParameter(5, text.body())
              .setParameter(6, now)
              .executeUpdate();
      case EMAIL ->
          mail.send(
              "<delivery-" + delivery.id() + "@trayflow>",
              person
                  .email()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              delivery.recipient() + " has no e-mail address any more")),
              text.subject(),
              text.body());
    }
  }

  private void markSent(Due delivery, Instant now) {
    em.createNativeQuery(
            "update notification_delivery set status = 'SENT', sent_at = ?1, attempts = attempts + 1,"
                + " last_error = null where id = ?2")
        .setParameter(1, now)
        .setParameter(2, delivery.id())
        .executeUpdate();
    metrics.delivered(delivery.channel());
  }

  private void markFailed(Due delivery, Exception failure, Instant now) {
    int attempts = delivery.attempts() + 1;
    boolean dead = attempts >= MOST_ATTEMPTS;
    String reason =
        String.valueOf(
            failure.getMessage() == null
                ? failure.getClass().getSimpleName()
                : failure.getMessage());
    em.createNativeQuery(
            "update notification_delivery set attempts = ?1, status = ?2, next_attempt_at = ?3,"
                + " last_error = ?4 where id = ?5")
        .setParameter(1, attempts)
        .setParameter(2, dead ? "DEAD" : "PENDING")
        .setParameter(3, now.plus(backOff(attempts)))
        .setParameter(4, reason.length() > 500 ? reason.substring(0, 500) : reason)
        .setParameter(5, delivery.id())
        .executeUpdate();
    metrics.failed(delivery.channel(), dead);
    LOG.log(
        Level.INFO, "Delivery " + delivery.id() + " failed (attempt " + attempts + "): " + reason);
  }

  /** One minute, then two, four… at most an hour. */
  static Duration backOff(int attempts) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts - 1)));
  }

  private void addDelivery(long message, String recipient, Channel channel, Instant now) {
    em.createNativeQuery(
            "insert into notification_delivery (tenant_id, message_id, recipient, channel,"
                + " next_attempt_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, message)
        .setParameter(3, recipient)
        .setParameter(4, channel.name())
        .setParameter(5, now)
        .executeUpdate();
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
