package org.trayflow.batch.quotas;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;

/**
 * One partition per tenant, two at a time (the machine's cores; the work is mostly waiting on Redis
 * and SQL).
 */
@Named
@Dependent
public class OneTenantPerPartition implements PartitionMapper {

  private static final int AT_ONCE = 2;

  @Inject TenantDirectory directory;

  @Override
  public PartitionPlan mapPartitions() {
    return planFor(directory.listTenants().stream().map(TenantSummary::slug).toList());
  }

  /** One partition per hospital, its slug as the partition's {@code tenant} property. */
  static PartitionPlan planFor(List<String> tenants) {
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(tenants.size());
    plan.setThreads(Math.max(1, Math.min(AT_ONCE, tenants.size())));
    plan.setPartitionProperties(
        tenants.stream()
            .map(
                tenant -> {
                  Properties properties = new Properties();
                  properties.setProperty("tenant", tenant);
                  return properties;
                })
            .toArray(Properties[]::new));
    return plan;
  }
}
