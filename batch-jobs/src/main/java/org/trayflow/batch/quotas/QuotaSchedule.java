package org.trayflow.batch.quotas;

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
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.trayflow.batch.ScheduledRun;

/**
 * Starts the quota job at the top of every hour, and once shortly after start-up so that a fresh
 * deployment has counters at once. Every app instance keeps this schedule; the first to claim the
 * hour in Redis runs it, so that N instances still run it once. Should Redis be down, the job is
 * skipped: checkouts then use PostgreSQL alone.
 */
@ApplicationScoped
public class QuotaSchedule {

  private static final Logger LOG = Logger.getLogger(QuotaSchedule.class.getName());
  private static final Duration AFTER_START_UP = Duration.ofSeconds(20);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RedissonClient redis;
  @Inject Clock clock;

  private ScheduledFuture<?> hourly;

  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
    scheduler.schedule(this::startIfUnclaimed, AFTER_START_UP.toSeconds(), TimeUnit.SECONDS);
    hourly =
        scheduler.scheduleAtFixedRate(
            this::startIfUnclaimed,
            ScheduledRun.HOURLY.untilNext(clock.instant()).toSeconds(),
            ScheduledRun.HOURLY.every().toSeconds(),
            TimeUnit.SECONDS);
  }

  void stopWithApplication(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
    if (hourly != null) {
      hourly.cancel(false);
    }
  }

  private void startIfUnclaimed() {
    try {
      String hour = ScheduledRun.HOURLY.periodOf(clock.instant());
      boolean claimed =
          redis
              .<String>getBucket("trayflow:platform:quota-precompute:" + hour, StringCodec.INSTANCE)
              .setIfAbsent(hour, Duration.ofMinutes(59));
      if (claimed) {
        Properties parameters = new Properties();
        parameters.setProperty("days", "2");
        BatchRuntime.getJobOperator().start(QuotaPrecomputeJob.NAME, parameters);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "The quota job was not started this hour; checkouts rebuild missing counters as needed",
          e);
    }
  }
}
