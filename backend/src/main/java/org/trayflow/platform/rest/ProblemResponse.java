package org.trayflow.platform.rest;

import jakarta.ws.rs.core.Response;

final class ProblemResponse {

  static final String MEDIA_TYPE = "application/problem+json";

  private ProblemResponse() {}

  static Response of(Problem problem) {
    return builder(problem).build();
  }

  static Response.ResponseBuilder builder(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
  }
}
