package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.trayflow.quotas.persistence.QuotaRows;

/**
 * What is left of each dish of a slot, for people choosing: from the Redis counters (rebuilt from
 * PostgreSQL if missing), or from PostgreSQL when Redis cannot be asked. A figure to show, not a
 * promise: checkout decides.
 */
@ApplicationScoped
public class PortionsLeft {

  @Inject QuotaCounters counters;
  @Inject QuotaRecompute recompute;
  @Inject QuotaRows quotas;

  public Portions of(ZoneId zone, Slot slot) {
    Portions left = counters.remaining(slot);
    if (left.isEmpty()) {
      recompute.rebuildMissing(zone, slot);
      left = counters.remaining(slot);
    }
    return left.isEmpty() ? quotas.remaining(slot) : left;
  }
}
