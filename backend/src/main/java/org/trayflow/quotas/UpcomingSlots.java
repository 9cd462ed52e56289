package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.persistence.QuotaRows;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * The tenant's slots of the coming days, their counters set to what PostgreSQL has left (the hourly
 * job).
 */
@ApplicationScoped
public class UpcomingSlots {

  @Inject TenantConfigurations configurations;
  @Inject QuotaRows quotas;
  @Inject QuotaRecompute recompute;
  @Inject Clock clock;

  /** What one tenant's recompute did. */
  public record Recomputed(int slots, int leftBusy) {}

  /** In the tenant's scope: its slots from today (in its time zone) for {@code days} days. */
  public Recomputed recompute(int days) {
    TenantScope.requiredTenant();
    ZoneId zone = configurations.configuration().orElseThrow().timeZone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    int busy = 0;
    var slots = quotas.slotsBetween(today, today.plusDays(days - 1L));
    for (Slot slot : slots) {
      if (!recompute.recompute(zone, slot)) {
        busy++;
      }
    }
    return new Recomputed(slots.size(), busy);
  }
}
