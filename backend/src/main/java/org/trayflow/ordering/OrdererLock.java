package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.redisson.api.RFencedLock;
import org.redisson.api.RedissonClient;
import org.trayflow.platform.redis.TenantKey;

/**
 * One checkout at a time per orderer, across every app instance: a Redisson fenced lock per
 * (orderer) with a short lease (a paused holder loses it) and a token that PostgreSQL checks, so
 * that a holder whose lease ran out cannot write after a newer one (decision 0009). Never one lock
 * per dish: a hot dish would serialise the rush. Public, as Fault Tolerance calls the fallback
 * method by reflection.
 */
@ApplicationScoped
public class OrdererLock {

  /** A double tap waits for the first checkout to finish and then finds its order. */
  static final Duration WAIT = Duration.ofSeconds(5);

  /**
   * Longer than a checkout takes; short enough that a crashed instance blocks its orderer only
   * briefly.
   */
  static final Duration LEASE = Duration.ofSeconds(10);

  @Inject RedissonClient redis;

  @Inject
  @Metric(
      name = "trayflow.checkout.lock.unguarded",
      absolute = true,
      description =
          "Checkouts kept apart by PostgreSQL alone because the Redis lock could not be taken")
  Counter unguarded;

  /**
   * @return the held lock, with its fencing token
   * @throws CheckoutInProgress when another checkout of the orderer holds it for longer than {@link
   *     #WAIT}
   */
  @Timeout(value = 6, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 20,
      failureRatio = 0.5,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = CheckoutInProgress.class)
  @Fallback(fallbackMethod = "unguarded", skipOn = CheckoutInProgress.class)
  public Held lock(String orderer) throws InterruptedException {
    RFencedLock lock = redis.getFencedLock(TenantKey.of("orderer-lock:" + orderer));
    Long token = lock.tryLockAndGetToken(WAIT.toMillis(), LEASE.toMillis(), TimeUnit.MILLISECONDS);
    if (token == null) {
      throw new CheckoutInProgress(
          "Another checkout of yours is still being placed. Try again in a moment with"
              + " the same Idempotency-Key: it will not order twice.");
    }
    return new Held(token, lock);
  }

  public Held unguarded(String orderer) {
    unguarded.inc();
    return new Held(null, null);
  }

  /**
   * A held lock; {@code token} is null when Redis could not be asked and PostgreSQL alone keeps
   * checkouts apart.
   */
  public record Held(Long token, RFencedLock lock) implements AutoCloseable {

    @Override
    public void close() {
      if (lock != null) {
        try {
          lock.unlock();
        } catch (RuntimeException leaseRanOutOrRedisGone) {
          // The lock is no longer ours: its lease expired, or Redis went away; either way it is
          // free.
        }
      }
    }
  }
}
