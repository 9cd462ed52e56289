package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.platform.DatabaseRefusal;
import org.trayflow.platform.DatabaseUnavailable;

/**
 * A bug: logged in full under a correlation id, answered with that id and nothing else. A change
 * PostgreSQL refused because it lost a race or held a value it cannot store, or PostgreSQL out of
 * reach ({@link DatabaseRefusal}), is not one, whatever exception carried it out of the
 * transaction.
 */
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
    var refused = DatabaseRefusal.behind(failure);
    if (refused.isPresent()) {
      // out of reach is the operators' to see; a refused change is the person's to fix
      Level level = refused.get() instanceof DatabaseUnavailable ? Level.WARNING : Level.INFO;
      LOG.log(
          level,
          () ->
              "PostgreSQL: "
                  + refused.get().problemType()
                  + ", correlation id "
                  + correlationId
                  + ": "
                  + failure);
      return ExpectedFailureMapper.respond(refused.get(), correlationId);
    }
    LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, failure);
    return ProblemResponse.of(Problems.unexpected(correlationId));
  }
}
