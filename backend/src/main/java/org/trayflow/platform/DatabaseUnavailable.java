package org.trayflow.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL could not be reached or ended the connection (restarted, failed over, shutting down):
 * nothing was decided by this request, and the same request a few seconds later will be, once the
 * pool has new connections. A client retrying an order with the same Idempotency-Key never places
 * it twice, so the API answers 503 with Retry-After instead of a 500 ({@link DatabaseRefusal}).
 */
public final class DatabaseUnavailable extends ExpectedFailure {

  private static final Duration TRY_AGAIN_AFTER = Duration.ofSeconds(2);

  DatabaseUnavailable() {
    super(
        Kind.UNAVAILABLE,
        "database-unavailable",
        "Trayflow cannot reach its database for a moment. Please try again in a few seconds.");
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(TRY_AGAIN_AFTER);
  }
}
