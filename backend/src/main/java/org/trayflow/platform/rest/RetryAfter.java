package org.trayflow.platform.rest;

import java.time.Duration;

/** {@code Retry-After} in whole seconds, never zero: a client told "0" would come straight back. */
final class RetryAfter {

  private RetryAfter() {}

  static String seconds(Duration wait) {
    return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
  }
}
