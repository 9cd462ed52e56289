package org.trayflow.identity;

import java.time.Duration;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * Every password check this server allows at once is under way (a crowd, or a storm, of sign-ins)
 * and none came free in time. Nothing was checked; trying again in a moment works.
 */
public class SignInBusy extends ExpectedFailure {

  static final Duration TRY_AGAIN_IN = Duration.ofSeconds(2);

  SignInBusy() {
    super(
        Kind.UNAVAILABLE,
        "sign-in-busy",
        "Many people are signing in at this moment. Please try again in a few seconds.",
        java.util.List.of(),
        Wording.of("sign-in-busy"));
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(TRY_AGAIN_IN);
  }
}
