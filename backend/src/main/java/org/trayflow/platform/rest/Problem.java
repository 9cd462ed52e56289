package org.trayflow.platform.rest;

import java.util.List;

/**
 * An RFC 9457 problem details document. {@code correlationId} lets support find the matching log
 * entry without the response carrying any internals.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String correlationId,
    List<FieldError> errors) {

  static final String BASE_TYPE = "urn:trayflow:problem:";

  /** One rejected input, named as the client sent it (a path parameter, a JSON field). */
  public record FieldError(String field, String message) {}
}
