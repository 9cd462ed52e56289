package org.trayflow.ops;

import java.time.Instant;
import java.util.Map;

/**
 * One reading of the lunch window, every 15 seconds: the database pool, and per tenant the checkout
 * latency, throughput and errors since the reading before, lock wait, refusals for want of
 * portions, and the outbox.
 */
public record WatchSample(Instant at, int poolInUse, int poolMax, Map<String, Tenant> tenants) {

  /**
   * @param p50 latency percentiles of placed orders, in milliseconds (Liberty's recent window)
   * @param checkoutsPerSecond every outcome, since the reading before
   * @param errorRate share of those that failed unexpectedly (not refusals)
   */
  public record Tenant(
      double p50,
      double p95,
      double p99,
      double checkoutsPerSecond,
      double errorRate,
      double lockWaitP95,
      long soldOut,
      long outboxDepth,
      long outboxOldestSeconds,
      boolean lunchWindowOpen) {}
}
