package org.trayflow.ordering;

import java.time.Duration;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure;

/**
 * Another checkout of the same orderer is still running (a double tap, a retry sent too soon), or
 * ran past its lock's lease and may no longer write. Trying again with the same Idempotency-Key is
 * always safe.
 */
public class CheckoutInProgress extends ExpectedFailure {

  CheckoutInProgress(String message) {
    super(Kind.CONFLICT, "checkout-in-progress", message);
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(Duration.ofSeconds(1));
  }
}
