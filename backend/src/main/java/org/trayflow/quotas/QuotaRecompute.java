package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.trayflow.platform.redis.TenantKey;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.persistence.QuotaRows;

/**
 * Sets a slot's Redis counters to what PostgreSQL has left, without ever erasing a reservation made
 * meanwhile (decision 0009): the counters' version is read before PostgreSQL is, and the new
 * figures are written only if the version is unchanged and no checkout holds portions. A busy slot
 * is tried a few times, then left as it is: its counters are kept exact by the checkouts
 * themselves.
 */
@ApplicationScoped
public class QuotaRecompute {

  private static final Logger LOG = Logger.getLogger(QuotaRecompute.class.getName());
  private static final int ATTEMPTS = 5;

  /** A rebuild waits this long for another instance already rebuilding the same slot. */
  private static final Duration REBUILD_WAIT = Duration.ofSeconds(3);

  /**
   * Counters outlive their slot by a couple of days (late cancellations), then Redis forgets them.
   */
  private static final Duration KEPT_AFTER_SERVICE = Duration.ofDays(2);

  @Inject QuotaCounters counters;
  @Inject QuotaRows quotas;
  @Inject RedissonClient redis;

  @Inject
  @Metric(
      name = "trayflow.quota.counters.rebuilt",
      absolute = true,
      description = "Slots whose missing Redis counters were rebuilt from PostgreSQL at checkout")
  Counter rebuilt;

  /**
   * @return true if the counters now hold PostgreSQL's figures, false if the slot stayed busy
   *     throughout
   */
  public boolean recompute(ZoneId zone, Slot slot) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      QuotaCounters.Snapshot seen = counters.snapshot(slot);
      if (!seen.portionsHeld()
          && counters.replace(slot, seen, quotas.remaining(slot), expiryOf(slot, zone))) {
        return true;
      }
      pause(attempt);
    }
    return false;
  }

  /**
   * Rebuilds a slot that has no counters (Redis flushed or failed over, a new slot), one instance
   * at a time: the others wait for it rather than all reading PostgreSQL at once. Should Redis fail
   * meanwhile, the counters stay missing and the caller goes on without them (PostgreSQL decides).
   */
  public void rebuildMissing(ZoneId zone, Slot slot) {
    try {
      rebuildUnderLock(zone, slot);
    } catch (RedisException unavailable) {
      LOG.log(
          Level.WARNING,
          "Quota counters of a slot of "
              + TenantScope.requiredSlug().value()
              + " not rebuilt: Redis failed",
          unavailable);
    }
  }

  private void rebuildUnderLock(ZoneId zone, Slot slot) {
    RLock rebuilding = redis.getLock(TenantKey.of("quota:" + slot.keyPart() + ":rebuilding"));
    try {
      if (!rebuilding.tryLock(
          REBUILD_WAIT.toMillis(), REBUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      if (counters.snapshot(slot).countersMissing() && recompute(zone, slot)) {
        rebuilt.inc();
      }
    } finally {
      if (rebuilding.isHeldByCurrentThread()) {
        rebuilding.unlock();
      }
    }
  }

  private Instant expiryOf(Slot slot, ZoneId zone) {
    return slot.serviceDate().plusDays(1).atStartOfDay(zone).toInstant().plus(KEPT_AFTER_SERVICE);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
