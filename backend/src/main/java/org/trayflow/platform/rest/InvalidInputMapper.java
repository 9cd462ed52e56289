package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class InvalidInputMapper implements ExceptionMapper<ConstraintViolationException> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return ProblemResponse.of(Problems.of(invalid, correlationId.value()));
  }
}
