package org.trayflow.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A business failure that callers expect and can act on (an unknown tenant, a sold-out dish), as
 * opposed to a bug. Each kind has a stable problem type and a message fit to show to a person.
 */
public abstract class ExpectedFailure extends RuntimeException {

  /** What sort of failure, which the API turns into an HTTP status. */
  public enum Kind {
    /** Not a request Trayflow can read at all (text that is not text): 400. */
    MALFORMED,
    NOT_FOUND,
    INVALID,
    CONFLICT,
    UNAUTHENTICATED,
    /**
     * Who asked is known, and may not do this now (a hospital suspended, a password still to be
     * chosen): 403.
     */
    FORBIDDEN,
    /** Asked too often: try again after {@link #retryAfter()}. */
    TOO_MANY_REQUESTS,
    UNAVAILABLE
  }

  /**
   * One thing wrong, named by the field (or place: {@code days[2026-11-30].lunch}) it is about;
   * with the words a screen says it in, where a person meets it on one (see {@link Wording}).
   */
  public record Detail(String field, String reason, Optional<Wording> wording) {

    public Detail(String field, String reason) {
      this(field, reason, Optional.empty());
    }

    public Detail(String field, String reason, Wording wording) {
      this(field, reason, Optional.of(wording));
    }
  }

  private final Kind kind;
  private final String problemType;
  private final List<Detail> details;
  private final Wording wording;

  protected ExpectedFailure(Kind kind, String problemType, String message) {
    this(kind, problemType, message, List.of());
  }

  protected ExpectedFailure(Kind kind, String problemType, String message, List<Detail> details) {
    this(kind, problemType, message, details, null);
  }

  /** With the words a screen says it in: see {@link #wording()}. */
  protected ExpectedFailure(
      Kind kind, String problemType, String message, List<Detail> details, Wording wording) {
    super(message, null, false, false);
    this.kind = kind;
    this.problemType = problemType;
    this.details = List.copyOf(details);
    this.wording = wording;
  }

  /**
   * The message as a key and its facts, for a screen to say in its reader's language; empty where
   * the failure is said in English only (the API's and the administrators' rarer refusals).
   */
  public Optional<Wording> wording() {
    return Optional.ofNullable(wording);
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Each field's problem, for a form to show next to the field; empty when the message says it all.
   */
  public List<Detail> details() {
    return details;
  }

  /**
   * When trying again makes sense (rate limits, overload); the API sends it as {@code Retry-After}.
   */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  /** A short stable name such as {@code tenant-not-found}; clients may switch on it. */
  public String problemType() {
    return problemType;
  }
}
