package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.notifications.persistence.DeliveryRows;
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

  @Inject DeliveryRows rows;
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
    List<DeliveryRows.Undispatched> messages =
        rows.undispatched(held.stream().map(NotificationKind::word).toList(), heldSites, chunk);
    for (DeliveryRows.Undispatched message : messages) {
      NotificationKind kind = Preferences.kindOf(message.kind());
      Map<String, PeopleToNotify.Contact> people =
          recipients.people(recipients.of(kind, json(message.payload())));
      for (PeopleToNotify.Contact person : people.values()) {
        Preferences.Choice choice = preferences.of(person.username(), kind);
        if (choice.inInbox()) {
          rows.addDelivery(message.id(), person.username(), Channel.INBOX.name(), now);
        }
        if (choice.byEmail() && person.email().isPresent() && mail.configured()) {
          rows.addDelivery(message.id(), person.username(), Channel.EMAIL.name(), now);
        }
      }
      rows.dispatched(message.id(), now);
    }
    return messages.size();
  }

  /**
   * @return deliveries attempted
   */
  @Transactional
  int deliver(TenantConfiguration hospital, Instant now, int chunk) {
    List<Due> due = due(now, chunk);
    Map<String, PeopleToNotify.Contact> people =
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
    return rows.due(now, chunk).stream()
        .map(
            row ->
                new Due(
                    row.id(),
                    row.recipient(),
                    Channel.valueOf(row.channel()),
                    row.attempts(),
                    Preferences.kindOf(row.kind()),
                    json(row.payload())))
        .toList();
  }

  /**
   * Sends one delivery, without marking it: the inbox item is keyed by the delivery (written twice,
   * kept once); the e-mail carries the delivery's Message-ID, so that a copy sent again after a
   * crash is known as the same message.
   */
  void send(TenantConfiguration hospital, Due delivery, PeopleToNotify.Contact person, Instant now)
      throws Exception {
    Templates.Rendered text =
        templates.render(hospital, delivery.kind(), person.language(), delivery.payload());
    switch (delivery.channel()) {
      case INBOX ->
          rows.keepInInbox(delivery.id(), delivery.recipient(), text.subject(), text.body(), now);
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
    rows.sent(delivery.id(), now);
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
    rows.failed(delivery.id(), attempts, dead, now.plus(backOff(attempts)), reason);
    metrics.failed(delivery.channel(), dead);
    LOG.log(
        Level.INFO, "Delivery " + delivery.id() + " failed (attempt " + attempts + "): " + reason);
  }

  /** One minute, then two, four… at most an hour. */
  static Duration backOff(int attempts) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts - 1)));
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
