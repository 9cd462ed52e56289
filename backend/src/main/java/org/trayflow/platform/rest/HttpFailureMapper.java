package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Unknown paths, wrong methods, unreadable bodies: refusals of the HTTP layer, kept with their
 * status.
 */
@Provider
@ApplicationScoped
public class HttpFailureMapper implements ExceptionMapper<WebApplicationException> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(WebApplicationException failure) {
    int status = failure.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedFailureMapper.respond(failure, correlationId.value());
    }
    return Response.fromResponse(failure.getResponse())
        .type(ProblemResponse.MEDIA_TYPE)
        .entity(Problems.ofHttp(status, correlationId.value()))
        .build();
  }
}
