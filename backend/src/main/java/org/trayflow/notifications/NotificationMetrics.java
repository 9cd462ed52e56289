package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The backlog as ops watch it after the rush: outbox depth and the age of its oldest entry (read from PostgreSQL
 * at most every ten seconds, whatever the scrape rate), and deliveries sent, failed and dead per channel.
 */
@ApplicationScoped
class NotificationMetrics {

  private static final Duration FRESH_FOR = Duration.ofSeconds(10);
  private static final Metadata DELIVERED = Metadata.builder().withName("trayflow.notifications.delivered")
      .withDescription("Notifications delivered, by channel").build();
  private static final Metadata FAILED = Metadata.builder().withName("trayflow.notifications.failed")
      .withDescription("Failed delivery attempts, by channel (retried with back-off)").build();
  private static final Metadata DEAD = Metadata.builder().withName("trayflow.notifications.dead")
      .withDescription("Deliveries given up after their last attempt, by channel").build();

  @Inject MetricRegistry registry;
  @Inject NotificationBacklog backlog;
  @Inject Clock clock;

  private volatile NotificationBacklog.Reading reading;
  private volatile Instant readAt = Instant.MIN;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge(Metadata.builder().withName("trayflow.outbox.depth")
        .withDescription("Outbox messages not yet dispatched plus deliveries not yet sent").build(),
        this, metrics -> metrics.read().depth());
    registry.gauge(Metadata.builder().withName("trayflow.outbox.oldest.age")
        .withDescription("Age of the oldest message still waiting to be sent").withUnit(MetricUnits.SECONDS).build(),
        this, metrics -> metrics.read().oldestAgeSeconds());
  }

  void delivered(Channel channel) {
    registry.counter(DELIVERED, tag(channel)).inc();
  }

  void failed(Channel channel, boolean dead) {
    registry.counter(FAILED, tag(channel)).inc();
    if (dead) {
      registry.counter(DEAD, tag(channel)).inc();
    }
  }

  private NotificationBacklog.Reading read() {
    Instant now = clock.instant();
    if (reading == null || readAt.plus(FRESH_FOR).isBefore(now)) {
      reading = backlog.read(now);
      readAt = now;
    }
    return reading;
  }

  private static Tag tag(Channel channel) {
    return new Tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT));
  }
}
