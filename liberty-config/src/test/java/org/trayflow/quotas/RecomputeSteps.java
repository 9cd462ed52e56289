package org.trayflow.quotas;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.trayflow.tenantconfig.Slug;

/**
 * The quota recompute's two steps taken apart, so that a test can let a checkout in between them.
 */
public final class RecomputeSteps {

  private final QuotaCounters counters;
  private final Slug tenant;
  private final Slot slot;
  private QuotaCounters.Snapshot seen;

  public RecomputeSteps(QuotaCounters counters, Slug tenant, Slot slot) {
    this.counters = counters;
    this.tenant = tenant;
    this.slot = slot;
  }

  /** The first step: the counters' version (and live holds), read before PostgreSQL is. */
  public void readVersion() {
    seen = counters.snapshot(tenant, slot);
  }

  public boolean sawPortionsHeld() {
    return seen.portionsHeld();
  }

  /** The second step: PostgreSQL's figures written, if the counters are still as read. */
  public boolean writeIfUnchanged(Map<Long, Integer> remaining) {
    return counters.replace(tenant, slot, seen, remaining, Instant.now().plus(1, ChronoUnit.DAYS));
  }
}
