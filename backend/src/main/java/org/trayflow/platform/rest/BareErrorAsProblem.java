package org.trayflow.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors that the runtime answers without an exception (a request aborted for want of a valid token
 * is a bare 401) still get a problem document, so that every API error has the same shape. Headers
 * such as {@code WWW-Authenticate} are kept.
 */
@Provider
@ApplicationScoped
public class BareErrorAsProblem implements ContainerResponseFilter {

  @Inject CorrelationId correlationId;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 400 && !response.hasEntity()) {
      response.setEntity(
          Problems.ofHttp(response.getStatus(), correlationId.value()),
          null,
          jakarta.ws.rs.core.MediaType.valueOf(ProblemResponse.MEDIA_TYPE));
    }
  }
}
