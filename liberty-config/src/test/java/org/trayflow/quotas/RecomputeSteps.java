package org.trayflow.quotas;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The quota recompute's two steps taken apart, so that a test can let a checkout in between them.
 */
public final class RecomputeSteps {

  private final QuotaCounters counters;
  private final Slot slot;
  private QuotaCounters.Snapshot seen;

  public RecomputeSteps(QuotaCounters counters, Slot slot) {
    this.counters = counters;
    this.slot = slot;
  }

  /** The first step: the counters' version (and live holds), read before PostgreSQL is. */
  public void readVersion() {
    seen = counters.snapshot(slot);
  }

  public boolean sawPortionsHeld() {
    return seen.portionsHeld();
  }

  /** The second step: PostgreSQL's figures written, if the counters are still as read. */
  public boolean writeIfUnchanged(Portions remaining) {
    return counters.replace(slot, seen, remaining, Instant.now().plus(1, ChronoUnit.DAYS));
  }
}
