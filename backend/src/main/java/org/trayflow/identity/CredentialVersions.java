package org.trayflow.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.trayflow.identity.persistence.CredentialChanges;

/**
 * Whether a bearer token or a web session is still good, decided without a query per request
 * (decision 0014): every instance keeps the newest credential version of each principal whose
 * credentials ever changed, learned
 *
 * <ul>
 *   <li>at once from a change made here (after its transaction commits),
 *   <li>within milliseconds from a change made on another instance (a Redis topic), and
 *   <li>within {@value #POLL_SECONDS} second from PostgreSQL whatever Redis does: a poll of the
 *       changes of the last {@value #OVERLAP_SECONDS} seconds, which covers a lost message, a slow
 *       commit and clocks a little apart.
 * </ul>
 *
 * A credential issued under an older version than the newest is refused.
 */
@ApplicationScoped
public class CredentialVersions {

  private static final Logger LOG = Logger.getLogger(CredentialVersions.class.getName());
  static final String TOPIC = "trayflow:credentials-changed";
  static final int POLL_SECONDS = 1;
  static final int OVERLAP_SECONDS = 30;

  @Inject CredentialChanges changes;
  @Inject RedissonClient redis;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private final ConcurrentHashMap<String, Integer> newest = new ConcurrentHashMap<>();
  private volatile Instant polledAt = Instant.EPOCH;
  private volatile Instant listenedAt = Instant.EPOCH;
  private volatile boolean listening;
  private ScheduledFuture<?> polling;

  void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
    poll();
    polling =
        scheduler.scheduleWithFixedDelay(this::poll, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
  }

  void stopWithApplication(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** Whether a credential issued under this version is still the principal's. */
  public boolean stillValid(String principal, int version) {
    return version >= newest.getOrDefault(principal, 0);
  }

  /** A change made here: known here at once, and told to the other instances. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged change) {
    learn(change);
    try {
      topic().publishAsync(change.principal() + "\t" + change.version());
    } catch (RuntimeException redisDown) {
      LOG.fine(
          () ->
              "Credential change not published ("
                  + redisDown.getMessage()
                  + "); the poll carries it");
    }
  }

  private void learn(CredentialsChanged change) {
    newest.merge(change.principal(), change.version(), Math::max);
  }

  void poll() {
    Instant now = clock.instant();
    if (!listening && listenedAt.isBefore(now.minusSeconds(OVERLAP_SECONDS))) {
      listenToOtherInstances();
    }
    Instant after =
        polledAt.equals(Instant.EPOCH) ? Instant.EPOCH : polledAt.minusSeconds(OVERLAP_SECONDS);
    try {
      changes.since(after).forEach(this::learn);
      polledAt = now;
    } catch (RuntimeException databaseDown) {
      LOG.log(
          Level.WARNING,
          "Credential versions not read from PostgreSQL; trying again in a second",
          databaseDown);
    }
  }

  private void listenToOtherInstances() {
    listenedAt = clock.instant();
    try {
      topic()
          .addListener(
              String.class,
              (channel, message) -> {
                String[] fields = message.split("\t");
                if (fields.length == 2) {
                  learn(new CredentialsChanged(fields[0], Integer.parseInt(fields[1])));
                }
              });
      listening = true;
    } catch (RuntimeException redisDown) {
      LOG.warning(
          () ->
              "Not listening for credential changes in Redis ("
                  + redisDown.getMessage()
                  + "); PostgreSQL is polled every "
                  + POLL_SECONDS
                  + " s");
    }
  }

  private RTopic topic() {
    return redis.getTopic(TOPIC, StringCodec.INSTANCE);
  }
}
