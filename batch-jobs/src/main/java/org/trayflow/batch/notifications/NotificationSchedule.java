package org.trayflow.batch.notifications;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.trayflow.batch.ScheduledRun;
import org.trayflow.notifications.NotificationBacklog;
import org.trayflow.ordering.CutOffReminders;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/**
 * Every minute, on whichever instance claims the minute in Redis: the cut-off reminders that are
 * due, then the drain if anything waits. During a site's lunch window its deferred kinds stay in
 * the outbox, so the first run after the window drains the backlog, and later runs pick up
 * stragglers and retries.
 */
@ApplicationScoped
public class NotificationSchedule {

  private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());
  private static final Duration EVERY = ScheduledRun.EVERY_MINUTE.every();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RedissonClient redis;
  @Inject Clock clock;
  @Inject TenantDirectory directory;
  @Inject TenantConfigurations configurations;
  @Inject CutOffReminders reminders;
  @Inject NotificationBacklog backlog;

  private ScheduledFuture<?> everyMinute;

  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
    everyMinute =
        scheduler.scheduleAtFixedRate(
            this::runIfUnclaimed, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  void stopWithApplication(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
    if (everyMinute != null) {
      everyMinute.cancel(false);
    }
  }

  private void runIfUnclaimed() {
    try {
      Instant now = clock.instant();
      String minute = ScheduledRun.EVERY_MINUTE.periodOf(now);
      if (!redis
          .<String>getBucket("trayflow:platform:notification-drain:" + minute, StringCodec.INSTANCE)
          .setIfAbsent(minute, EVERY)) {
        return;
      }
      directory
          .listTenants()
          .forEach(
              tenant ->
                  directory
                      .findTenantId(new Slug(tenant.slug()))
                      .ifPresent(
                          id ->
                              TenantScope.asTenant(
                                  id,
                                  new Slug(tenant.slug()),
                                  () ->
                                      reminders.remind(
                                          configurations.configuration().orElseThrow(), now))));
      if (!backlog.tenantsWithWork(now).isEmpty()) {
        BatchRuntime.getJobOperator().start(NotificationDrainJob.NAME, new Properties());
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Notifications not drained this minute; the next minute tries again", e);
    }
  }
}
