package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Map;
import org.trayflow.quotas.persistence.QuotaRows;
import org.trayflow.tenantconfig.Slug;

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

  public Map<Long, Integer> of(Slug tenant, ZoneId zone, Slot slot) {
    Map<Long, Integer> left = counters.remaining(tenant, slot);
    if (left.isEmpty()) {
      recompute.rebuildMissing(tenant, zone, slot);
      left = counters.remaining(tenant, slot);
    }
    return left.isEmpty() ? quotas.remaining(slot) : left;
  }
}
