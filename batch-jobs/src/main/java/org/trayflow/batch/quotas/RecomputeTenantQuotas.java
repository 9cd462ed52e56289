package org.trayflow.batch.quotas;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.UpcomingSlots;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.Slug;

/** One tenant's part of the quota job, in that tenant's scope only. */
@Named
@Dependent
public class RecomputeTenantQuotas extends AbstractBatchlet {

  @Inject TenantDirectory directory;
  @Inject UpcomingSlots upcoming;

  @Inject @BatchProperty String tenant;

  @Inject @BatchProperty String days;

  @Override
  public String process() {
    Slug slug = new Slug(tenant);
    long tenantId =
        directory
            .findTenantId(slug)
            .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " is gone"));
    UpcomingSlots.Recomputed done =
        TenantScope.asTenant(tenantId, slug, () -> upcoming.recompute(Integer.parseInt(days)));
    return "RECOMPUTED " + done.slots() + " SLOTS, " + done.leftBusy() + " LEFT BUSY";
  }
}
