package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.trayflow.platform.logging.LogFields;

@Provider
@ApplicationScoped
@PreMatching
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String LOG_FIELD = "correlationId";

  @Inject CorrelationId correlationId;

  @Override
  public void filter(ContainerRequestContext request) {
    correlationId.adopt(request.getHeaderString(CorrelationId.HEADER));
    LogFields.put(LOG_FIELD, correlationId.value());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(CorrelationId.HEADER, correlationId.value());
    LogFields.remove(LOG_FIELD);
  }
}
