package org.trayflow.platform;

/**
 * A business failure that callers expect and can act on (an unknown tenant, a sold-out dish), as opposed
 * to a bug. Each kind has a stable problem type and a message fit to show to a person.
 */
public abstract class ExpectedFailure extends RuntimeException {

  /** What sort of failure, which the API turns into an HTTP status. */
  public enum Kind {
    NOT_FOUND,
    INVALID,
    CONFLICT,
    UNAUTHENTICATED,
    UNAVAILABLE
  }

  private final Kind kind;
  private final String problemType;

  protected ExpectedFailure(Kind kind, String problemType, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.problemType = problemType;
  }

  public Kind kind() {
    return kind;
  }

  /** A short stable name such as {@code tenant-not-found}; clients may switch on it. */
  public String problemType() {
    return problemType;
  }
}
