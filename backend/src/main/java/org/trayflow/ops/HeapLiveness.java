package org.trayflow.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the heap is nearly exhausted. PostgreSQL and Redis are reported here for people
 * reading the endpoint but never make an instance "dead": restarting every instance because a
 * shared server is down would turn an outage into a restart storm. They decide readiness instead.
 */
@Liveness
@ApplicationScoped
class HeapLiveness implements HealthCheck {

  private static final double CRITICAL_HEAP_SHARE = 0.95;

  @Inject ServiceProbes probes;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double share = (double) heap.getUsed() / max;
    return HealthCheckResponse.named("instance")
        .status(share < CRITICAL_HEAP_SHARE)
        .withData("heapUsedPercent", Math.round(share * 100))
        .withData("postgresql", probes.postgresqlAnswers() ? "answers" : "not answering")
        .withData("redis", probes.redisAnswers() ? "answers" : "not answering")
        .build();
  }
}
