package org.trayflow.ordering;

import java.time.Duration;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure;

/**
 * The orderer sent more checkouts in a minute than the hospital allows (a stuck button, a runaway
 * script).
 */
public class TooManyOrders extends ExpectedFailure {

  private final Duration wait;

  TooManyOrders(int perMinute, Duration wait) {
    super(
        Kind.TOO_MANY_REQUESTS,
        "too-many-orders",
        "At most " + perMinute + " checkouts a minute; please wait a moment and try again.");
    this.wait = wait;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(wait);
  }
}
