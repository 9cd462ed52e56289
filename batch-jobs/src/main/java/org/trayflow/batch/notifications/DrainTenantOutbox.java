package org.trayflow.batch.notifications;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Optional;
import org.trayflow.notifications.NotificationDrain;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

/**
 * One tenant's part of the drain, in that tenant's scope only. The work is kept in PostgreSQL (what
 * is dispatched, what is sent), so a restarted run simply carries on from there.
 */
@Named
@Dependent
public class DrainTenantOutbox extends AbstractBatchlet {

  /**
   * Per tenant and run: the rest waits for the next run, a minute later, after the other tenants
   * had their turn.
   */
  private static final int MOST_PER_RUN = 2_000;

  @Inject NotificationDrain drain;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  @Inject @BatchProperty String tenant;

  @Override
  public String process() {
    if (tenant == null || tenant.isBlank()) {
      return "NOTHING TO SEND";
    }
    long tenantId = Long.parseLong(tenant);
    Optional<TenantSummary> hospital = directory.findTenant(tenantId);
    if (hospital.isEmpty()) {
      return "TENANT GONE";
    }
    NotificationDrain.Drained drained =
        TenantScope.asTenant(
            tenantId,
            new Slug(hospital.get().slug()),
            () -> drain.drain(clock.instant(), MOST_PER_RUN));
    return "DISPATCHED " + drained.dispatched() + ", ATTEMPTED " + drained.attempted();
  }
}
