package org.trayflow.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * Too many failed sign-ins for this name or from this place, for now: the next try is taken after a
 * wait that grows with the failures. It says nothing about whether the name exists, and no password
 * was checked.
 */
public class SignInThrottled extends ExpectedFailure {

  private final Duration wait;

  SignInThrottled(Duration wait) {
    super(
        Kind.TOO_MANY_REQUESTS,
        "sign-in-slowed",
        "Too many sign-ins failed for this name or from this"
            + " device. Try again in "
            + inWords(wait)
            + "; if you have forgotten your password, your hospital's"
            + " Trayflow administrator can give you a new one.",
        List.of(),
        Wording.of("sign-in-slowed", wait));
    this.wait = wait;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(wait);
  }

  private static String inWords(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    return seconds < 90
        ? seconds + (seconds == 1 ? " second" : " seconds")
        : (seconds + 59) / 60 + " minutes";
  }
}
