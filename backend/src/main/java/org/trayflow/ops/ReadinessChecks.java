package org.trayflow.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * An instance takes traffic only while PostgreSQL, the store of record, answers. Whether Redis
 * answers is told but does not make the instance unready: Redis is shared, so every instance would
 * be taken out at once while it fails over, although checkouts are then decided by PostgreSQL alone
 * (decision 0009).
 */
@ApplicationScoped
class ReadinessChecks {

  @Inject ServiceProbes probes;

  @Produces
  @Readiness
  HealthCheck postgresql() {
    return () -> HealthCheckResponse.named("postgresql").status(probes.postgresqlAnswers()).build();
  }

  @Produces
  @Readiness
  HealthCheck redis() {
    return () ->
        HealthCheckResponse.named("redis")
            .up()
            .withData("redis", probes.redisAnswers() ? "answers" : "not answering")
            .build();
  }
}
