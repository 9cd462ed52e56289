package org.trayflow.batch.notifications;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.trayflow.notifications.NotificationBacklog;

/**
 * One partition per tenant with something to send, two at a time: each tenant's backlog drains on
 * its own, so one tenant's thousands of messages (or its failing mail server) do not keep the
 * others waiting.
 */
@Named
@Dependent
public class TenantsWithBacklog implements PartitionMapper {

  private static final int AT_ONCE = 2;

  @Inject NotificationBacklog backlog;
  @Inject Clock clock;

  @Override
  public PartitionPlan mapPartitions() {
    List<Long> tenants = backlog.tenantsWithWork(clock.instant());
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(Math.max(1, tenants.size()));
    plan.setThreads(Math.max(1, Math.min(AT_ONCE, tenants.size())));
    plan.setPartitionProperties(
        tenants.isEmpty()
            ? new Properties[] {new Properties()}
            : tenants.stream()
                .map(
                    tenant -> {
                      Properties properties = new Properties();
                      properties.setProperty("tenant", String.valueOf(tenant));
                      return properties;
                    })
                .toArray(Properties[]::new));
    return plan;
  }
}
