package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.trayflow.platform.ExpectedFailure;

@Provider
@ApplicationScoped
public class ExpectedFailureMapper implements ExceptionMapper<ExpectedFailure> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(ExpectedFailure failure) {
    return ProblemResponse.of(Problems.of(failure, correlationId.value()));
  }
}
