package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * A bulkhead full: the server is at the concurrency it was sized for, so it says so at once (503,
 * try again in a second) instead of queueing requests until they time out.
 */
@Provider
@ApplicationScoped
public class OverloadMapper implements ExceptionMapper<BulkheadException> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(BulkheadException full) {
    return ProblemResponse.builder(Problems.overloaded(correlationId.value()))
        .header(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(Duration.ofSeconds(1)))
        .build();
  }
}
