package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug: logged in full under a correlation id, answered with that id and nothing else. */
@Provider
@ApplicationScoped
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(Throwable failure) {
    return respond(failure, correlationId.value());
  }

  static Response respond(Throwable failure, String correlationId) {
    LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, failure);
    return ProblemResponse.of(Problems.unexpected(correlationId));
  }
}
