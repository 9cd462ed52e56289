package org.trayflow.platform.rest;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.InvalidFields;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;

/**
 * Turns failures into problem documents; kept free of JAX-RS so that the rules are plain to test.
 */
final class Problems {

  private Problems() {}

  static Problem of(ExpectedFailure failure, String correlationId) {
    int status =
        switch (failure.kind()) {
          case MALFORMED -> 400;
          case NOT_FOUND -> 404;
          case INVALID -> 422;
          case CONFLICT -> 409;
          case UNAUTHENTICATED -> 401;
          case FORBIDDEN -> 403;
          case TOO_MANY_REQUESTS -> 429;
          case UNAVAILABLE -> 503;
        };
    List<Problem.FieldError> errors =
        failure.details().isEmpty()
            ? null
            : failure.details().stream()
                .map(d -> new Problem.FieldError(d.field(), d.reason()))
                .toList();
    return new Problem(
        Problem.BASE_TYPE + failure.problemType(),
        titleOf(status),
        status,
        failure.getMessage(),
        correlationId,
        errors);
  }

  static Problem of(ConstraintViolationException invalid, String correlationId) {
    List<Problem.FieldError> errors =
        InvalidFields.of(invalid).stream()
            .map(d -> new Problem.FieldError(d.field(), d.reason()))
            .toList();
    return new Problem(
        Problem.BASE_TYPE + "invalid-input",
        titleOf(400),
        400,
        "The request has " + errors.size() + " invalid value(s).",
        correlationId,
        errors);
  }

  static Problem of(InvalidTenantConfiguration invalid, String correlationId) {
    List<Problem.FieldError> errors =
        invalid.problems().stream()
            .map(p -> new Problem.FieldError(p.field(), p.reason()))
            .toList();
    return new Problem(
        Problem.BASE_TYPE + "invalid-configuration",
        titleOf(422),
        422,
        "The configuration file has " + errors.size() + " problem(s); nothing was changed.",
        correlationId,
        errors);
  }

  /** A failure the HTTP layer itself detected: an unknown path, a wrong method, unreadable JSON. */
  static Problem ofHttp(int status, String correlationId) {
    String type =
        switch (status) {
          case 404 -> "not-found";
          case 400 -> "malformed-request";
          case 401 -> "not-signed-in";
          default -> "http-" + status;
        };
    return new Problem(
        Problem.BASE_TYPE + type, titleOf(status), status, null, correlationId, null);
  }

  /**
   * Well-formed JSON whose values do not fit the request: a word not among those allowed, a date
   * that is not one.
   */
  static Problem unreadableBody(String correlationId) {
    return new Problem(
        Problem.BASE_TYPE + "malformed-request",
        titleOf(400),
        400,
        "A value in the body has the"
            + " wrong type or is not one of the values allowed; see the API description. Nothing was changed.",
        correlationId,
        null);
  }

  static Problem overloaded(String correlationId) {
    return new Problem(
        Problem.BASE_TYPE + "overloaded",
        titleOf(503),
        503,
        "Trayflow is busy serving the rush. Please try again in a moment; nothing was ordered.",
        correlationId,
        null);
  }

  static Problem unexpected(String correlationId) {
    return new Problem(
        Problem.BASE_TYPE + "unexpected",
        titleOf(500),
        500,
        "Something went wrong on our side. Quote the correlation id when you contact support.",
        correlationId,
        null);
  }

  private static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not signed in";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 409 -> "Conflict";
      case 415 -> "Unsupported media type";
      case 422 -> "Cannot be processed";
      case 429 -> "Too many requests";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Server error" : "Request refused";
    };
  }
}
