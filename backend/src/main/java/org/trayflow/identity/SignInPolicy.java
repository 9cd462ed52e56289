package org.trayflow.identity;

import java.time.Duration;

/** How hard Trayflow makes guessing passwords. */
final class SignInPolicy {

  static final int ATTEMPTS_BEFORE_LOCK = 5;
  static final long LOCK_MINUTES = 15;
  static final Duration LOCK = Duration.ofMinutes(LOCK_MINUTES);

  /** OWASP's 2023 advice for PBKDF2-HMAC-SHA512. */
  static final int PBKDF2_ITERATIONS = 210_000;

  private SignInPolicy() {}
}
