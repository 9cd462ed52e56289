package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;

/** A configuration file with problems: 422, every problem named by its field. */
@Provider
@ApplicationScoped
public class InvalidConfigurationMapper implements ExceptionMapper<InvalidTenantConfiguration> {

  @Inject CorrelationId correlationId;

  @Override
  public Response toResponse(InvalidTenantConfiguration invalid) {
    return ProblemResponse.of(Problems.of(invalid, correlationId.value()));
  }
}
