package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Deliveries sent, failed and dead per channel (the backlog's depth and age are the lunch-window
 * watch's).
 */
@ApplicationScoped
class NotificationMetrics {

  private static final Metadata DELIVERED =
      Metadata.builder()
          .withName("trayflow.notifications.delivered")
          .withDescription("Notifications delivered, by channel")
          .build();
  private static final Metadata FAILED =
      Metadata.builder()
          .withName("trayflow.notifications.failed")
          .withDescription("Failed delivery attempts, by channel (retried with back-off)")
          .build();
  private static final Metadata DEAD =
      Metadata.builder()
          .withName("trayflow.notifications.dead")
          .withDescription("Deliveries given up after their last attempt, by channel")
          .build();

  @Inject MetricRegistry registry;

  void delivered(Channel channel) {
    registry.counter(DELIVERED, tag(channel)).inc();
  }

  void failed(Channel channel, boolean dead) {
    registry.counter(FAILED, tag(channel)).inc();
    if (dead) {
      registry.counter(DEAD, tag(channel)).inc();
    }
  }

  private static Tag tag(Channel channel) {
    return new Tag("channel", channel.name().toLowerCase(Locale.ROOT));
  }
}
