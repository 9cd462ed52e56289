package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The checkout's figures per tenant, as ops watch the rush: latency by outcome (with p50/p95/p99),
 * time waited for the orderer's lock, and orders refused for want of portions.
 */
@ApplicationScoped
class CheckoutMetrics {

  private static final Metadata LATENCY =
      Metadata.builder()
          .withName("trayflow.checkout")
          .withDescription("Checkout latency, by tenant and outcome")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata LOCK_WAIT =
      Metadata.builder()
          .withName("trayflow.checkout.lock.wait")
          .withDescription("Time a checkout waited for its orderer's lock")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata SOLD_OUT =
      Metadata.builder()
          .withName("trayflow.checkout.sold.out")
          .withDescription("Checkouts refused for want of portions, by where the refusal came from")
          .build();

  @Inject MetricRegistry registry;

  void checkout(String outcome, Duration took) {
    registry
        .timer(
            LATENCY,
            new Tag("tenant", TenantScope.requiredSlug().value()),
            new Tag("outcome", outcome))
        .update(took);
  }

  void lockWait(Duration waited) {
    registry.timer(LOCK_WAIT, new Tag("tenant", TenantScope.requiredSlug().value())).update(waited);
  }

  /**
   * @param gate "redis" when the admission gate turned it away, "postgresql" when the store of
   *     record did
   */
  void soldOut(String gate) {
    registry
        .counter(
            SOLD_OUT, new Tag("tenant", TenantScope.requiredSlug().value()), new Tag("gate", gate))
        .inc();
  }
}
