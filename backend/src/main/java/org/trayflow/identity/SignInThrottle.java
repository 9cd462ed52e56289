package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.Codec;
import org.redisson.client.codec.LongCodec;
import org.redisson.client.codec.StringCodec;
import org.redisson.codec.CompositeCodec;
import org.trayflow.identity.SignInPolicy.Allowance;

/**
 * Slows down guessing instead of locking accounts: failed sign-ins are counted in Redis, shared by
 * every instance, per name from one source, per source and per name, and past each counter's free
 * failures the next try waits twice as long as the one before, up to that counter's longest wait. A
 * throttled try is refused before any password is checked, so that a storm of them costs no PBKDF2.
 * Names are counted by their SHA-256, so that Redis holds no list of who tried to sign in.
 *
 * <p>If Redis cannot be reached the throttle lets sign-ins through (logged): nurses must still be
 * able to order meals, and the bound on concurrent password checks ({@link Passwords}) still keeps
 * the CPU for checkouts.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
  private static final String FAILURES = "failures";
  private static final String LAST = "last";
  private static final String NAME_FROM_SOURCE = "trayflow:sign-in:name-source:";
  private static final String NAME = "trayflow:sign-in:name:";
  private static final Codec NUMBERS = new CompositeCodec(StringCodec.INSTANCE, LongCodec.INSTANCE);

  @Inject RedissonClient redis;
  @Inject Clock clock;

  /** How long this try must still wait; zero when it may go ahead. */
  Duration waitBefore(String name, SignInSource from) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    try {
      for (Counter counter : counters(name, from)) {
        Map<String, Long> seen = map(counter).readAllMap();
        Duration wait =
            counter.waitAfter(seen.getOrDefault(FAILURES, 0L), seen.getOrDefault(LAST, 0L), now);
        longest = wait.compareTo(longest) > 0 ? wait : longest;
      }
    } catch (RedisException unreachable) {
      LOG.warning(
          () ->
              "Sign-in throttle not consulted, Redis does not answer: " + unreachable.getMessage());
    }
    return longest;
  }

  void failed(String name, SignInSource from) {
    long now = clock.millis();
    try {
      for (Counter counter : counters(name, from)) {
        RMap<String, Long> seen = map(counter);
        long failures = seen.addAndGet(FAILURES, 1L);
        seen.fastPut(LAST, now);
        seen.expire(SignInPolicy.MEMORY);
        if (failures == counter.allowance().freeFailures()) {
          // once per counter and burst, not once per try: a storm must not flood the log
          LOG.warning(
              () ->
                  "Sign-ins slowed from now on ("
                      + counter.key().replaceAll(":[0-9a-f]{64}", ":<name>")
                      + ", "
                      + failures
                      + " failures)");
        }
      }
    } catch (RedisException unreachable) {
      LOG.warning(
          () -> "Failed sign-in not counted, Redis does not answer: " + unreachable.getMessage());
    }
  }

  /**
   * The person proved who they are: their own failures from this place are forgotten, the others'
   * are not.
   */
  void succeeded(String name, SignInSource from) {
    try {
      map(counters(name, from).get(0)).delete();
    } catch (RedisException unreachable) {
      LOG.warning(
          () -> "Sign-in throttle not cleared, Redis does not answer: " + unreachable.getMessage());
    }
  }

  /**
   * The name's own failures are forgotten, from every source: an administrator vouched for the
   * person. Failures counted against a source stay (a guesser there goes on being slowed).
   */
  void forgive(String name) {
    String hashedName = sha256(name);
    redis.getKeys().deleteByPattern(NAME_FROM_SOURCE + hashedName + ":*");
    redis.getKeys().delete(NAME + hashedName);
  }

  /** Plain numbers in Redis, so that HINCRBY counts them and an operator can read them. */
  private RMap<String, Long> map(Counter counter) {
    return redis.getMap(counter.key(), NUMBERS);
  }

  /** The name-from-source counter first: it is the one a success clears. */
  private static List<Counter> counters(String name, SignInSource from) {
    String hashedName = sha256(name);
    return List.of(
        new Counter(
            NAME_FROM_SOURCE + hashedName + ":" + from.address(),
            SignInPolicy.NAME_FROM_ONE_SOURCE),
        new Counter("trayflow:sign-in:source:" + from.address(), SignInPolicy.ONE_SOURCE),
        new Counter(NAME + hashedName, SignInPolicy.ONE_NAME));
  }

  private static String sha256(String name) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException inEveryJdk) {
      throw new IllegalStateException(inEveryJdk);
    }
  }

  /** One counter of failures, and the rule of its waits. */
  record Counter(String key, Allowance allowance) {

    Duration waitAfter(long failures, long lastFailureMillis, Instant now) {
      if (failures < allowance.freeFailures()) {
        return Duration.ZERO;
      }
      long doublings = Math.min(30, failures - allowance.freeFailures());
      Duration wait = Duration.ofSeconds(1L << doublings);
      if (wait.compareTo(allowance.longestWait()) > 0) {
        wait = allowance.longestWait();
      }
      Duration left = Duration.between(now, Instant.ofEpochMilli(lastFailureMillis).plus(wait));
      return left.isNegative() ? Duration.ZERO : left;
    }
  }
}
