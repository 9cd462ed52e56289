package org.trayflow.notifications;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * The durable outbox: a message is written in the transaction of the event it tells of, so that it
 * exists exactly when the event does; the drain sends it later (decision 0010).
 */
public interface Outbox {

  /**
   * @param payload what the templates and the recipients are drawn from; it names the site by its
   *     slug
   */
  void add(NotificationKind kind, long siteId, JsonObject payload, Instant now);

  /**
   * As {@link #add}, but only the first message with this key is written; later ones are dropped.
   *
   * @return whether this one was written
   */
  boolean addOnce(
      NotificationKind kind, long siteId, JsonObject payload, Instant now, String onceKey);
}
