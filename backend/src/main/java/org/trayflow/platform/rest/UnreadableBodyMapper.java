package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body JSON-B cannot bind (an unknown enum word, a malformed date) is the client's mistake: 400,
 * not the 500 it would otherwise reach, and without the binder's message, which names internal
 * classes.
 */
@Provider
@ApplicationScoped
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(JsonbException unreadable) {
    return ProblemResponse.of(Problems.unreadableBody(correlationId.value()));
  }
}
