package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
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
    return respond(failure, correlationId.value());
  }

  static Response respond(ExpectedFailure failure, String correlationId) {
    Response.ResponseBuilder response =
        ProblemResponse.builder(Problems.of(failure, correlationId));
    failure
        .retryAfter()
        .ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, RetryAfter.seconds(wait)));
    return response.build();
  }
}
