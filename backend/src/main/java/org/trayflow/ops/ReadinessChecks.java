package org.trayflow.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * An instance takes traffic only while PostgreSQL (the store of record) and Redis (the rush's gate)
 * answer.
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
    return () -> HealthCheckResponse.named("redis").status(probes.redisAnswers()).build();
  }
}
