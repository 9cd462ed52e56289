package org.trayflow.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Password hashing by Jakarta Security's PBKDF2 (HMAC-SHA512, salted, {@value
 * SignInPolicy#PBKDF2_ITERATIONS} rounds).
 *
 * <p>One verification costs a core about half a second, so at most {@value #AT_ONCE} run at once on
 * an instance (a MicroProfile bulkhead; operators may change it with {@code
 * org.trayflow.identity.Passwords/matches/Bulkhead/value}): a storm of sign-ins, honest or not,
 * then waits for its turn instead of taking the cores checkouts need. A verification that finds no
 * free place within {@value #LONGEST_WAIT_MILLIS} ms is not done at all ({@link SignInBusy}).
 */
@ApplicationScoped
public class Passwords {

  static final int AT_ONCE = 1;
  static final long LONGEST_WAIT_MILLIS = 3_000;
  public static final Duration LONGEST_WAIT = Duration.ofMillis(LONGEST_WAIT_MILLIS);

  @Inject Pbkdf2PasswordHash pbkdf2;

  /**
   * Verified against when there is no account, so that unknown names take as long as wrong
   * passwords.
   */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(SignInPolicy.PBKDF2_ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("no such account".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  /**
   * Whether the password is the one hashed. Without a hash (no such account) it is checked against
   * a decoy and never matches, so that unknown names cost and take what wrong passwords do, through
   * the same bulkhead.
   */
  @Bulkhead(AT_ONCE)
  @Retry(
      retryOn = BulkheadException.class,
      maxRetries = -1,
      delay = 50,
      jitter = 40,
      maxDuration = LONGEST_WAIT_MILLIS)
  public boolean matches(char[] password, Optional<String> storedHash) {
    boolean matched = pbkdf2.verify(password, storedHash.orElse(decoy));
    return matched && storedHash.isPresent();
  }
}
