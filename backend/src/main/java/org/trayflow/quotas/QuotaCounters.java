package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.trayflow.platform.redis.TenantKey;

/**
 * The remaining portions of each slot in Redis: one hash per slot (dish → portions left, and a
 * version), and beside it the holds of checkouts in flight. Every change is one Lua script, so a
 * reservation of several dishes is all or nothing and a recompute can never overwrite a hold
 * (decision 0009).
 *
 * <p>Redis is an admission gate, not the truth: when it is slow or down, reservations are let
 * through ({@link Admission.Unguarded}) and PostgreSQL alone decides. Public, as Fault Tolerance
 * calls the fallback methods by reflection.
 */
@ApplicationScoped
public class QuotaCounters {

  /**
   * Longer than a checkout can take (lock lease, transaction timeout): a hold older than this is
   * abandoned.
   */
  static final Duration HOLD_LIFETIME = Duration.ofSeconds(30);

  /**
   * KEYS: counters, holds. ARGV: hold id, hold expiry (epoch ms), then dish and portions pairs.
   * Answers {held} or {missing, dish…} or {short, dish, left, dish, left…}.
   */
  private static final String RESERVE =
      """
      local missing, short = {}, {}
      for i = 3, #ARGV, 2 do
        local left = redis.call('HGET', KEYS[1], 'i:' .. ARGV[i])
        if not left then
          missing[#missing + 1] = ARGV[i]
        elseif tonumber(left) < tonumber(ARGV[i + 1]) then
          short[#short + 1] = ARGV[i]
          short[#short + 1] = left
        end
      end
      if #missing > 0 then table.insert(missing, 1, 'missing') return missing end
      if #short > 0 then table.insert(short, 1, 'short') return short end
      local held = {}
      for i = 3, #ARGV, 2 do
        redis.call('HINCRBY', KEYS[1], 'i:' .. ARGV[i], -tonumber(ARGV[i + 1]))
        held[#held + 1] = ARGV[i] .. '=' .. ARGV[i + 1]
      end
      redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. '|' .. table.concat(held, ','))
      redis.call('HINCRBY', KEYS[1], 'version', 1)
      return {'held'}
      """;

  /** KEYS: counters, holds. ARGV: hold id. Puts the hold's portions back, once. */
  private static final String GIVE_BACK =
      """
      local hold = redis.call('HGET', KEYS[2], ARGV[1])
      if not hold then return 0 end
      local portions = string.sub(hold, string.find(hold, '|', 1, true) + 1)
      for dish, count in string.gmatch(portions, '(%d+)=(%d+)') do
        if redis.call('HEXISTS', KEYS[1], 'i:' .. dish) == 1 then
          redis.call('HINCRBY', KEYS[1], 'i:' .. dish, tonumber(count))
        end
      end
      redis.call('HDEL', KEYS[2], ARGV[1])
      redis.call('HINCRBY', KEYS[1], 'version', 1)
      return 1
      """;

  /**
   * KEYS: counters. ARGV: dish and portions pairs. Adds portions to the dishes that have a counter.
   */
  private static final String ADD =
      """
      if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
      for i = 1, #ARGV, 2 do
        if redis.call('HEXISTS', KEYS[1], 'i:' .. ARGV[i]) == 1 then
          redis.call('HINCRBY', KEYS[1], 'i:' .. ARGV[i], tonumber(ARGV[i + 1]))
        end
      end
      redis.call('HINCRBY', KEYS[1], 'version', 1)
      return 1
      """;

  /**
   * KEYS: counters. ARGV: dish and portions pairs. Lowers counters found above what PostgreSQL has
   * left.
   */
  private static final String LOWER =
      """
      for i = 1, #ARGV, 2 do
        local left = redis.call('HGET', KEYS[1], 'i:' .. ARGV[i])
        if left and tonumber(left) > tonumber(ARGV[i + 1]) then
          redis.call('HSET', KEYS[1], 'i:' .. ARGV[i], ARGV[i + 1])
          redis.call('HINCRBY', KEYS[1], 'version', 1)
        end
      end
      return 1
      """;

  /**
   * KEYS: counters, holds. ARGV: expected version ('none' for no counters), now (epoch ms), expiry
   * (epoch ms), then dish and portions-left pairs. Replaces the counters only if nothing changed
   * since the caller read PostgreSQL and no checkout holds portions; holds past their lifetime are
   * dropped (decision 0009).
   */
  private static final String REPLACE =
      """
      if (redis.call('HGET', KEYS[1], 'version') or 'none') ~= ARGV[1] then return 0 end
      local holds = redis.call('HGETALL', KEYS[2])
      for i = 2, #holds, 2 do
        local expires = tonumber(string.sub(holds[i], 1, string.find(holds[i], '|', 1, true) - 1))
        if expires > tonumber(ARGV[2]) then return 0 end
      end
      redis.call('DEL', KEYS[2])
      for i = 4, #ARGV, 2 do
        redis.call('HSET', KEYS[1], 'i:' .. ARGV[i], ARGV[i + 1])
      end
      redis.call('HINCRBY', KEYS[1], 'version', 1)
      redis.call('PEXPIREAT', KEYS[1], ARGV[3])
      return 1
      """;

  /**
   * KEYS: counters, holds. Answers {version or 'none', number of holds still live}. ARGV: now
   * (epoch ms).
   */
  private static final String SNAPSHOT =
      """
      local live = 0
      local holds = redis.call('HGETALL', KEYS[2])
      for i = 2, #holds, 2 do
        if tonumber(string.sub(holds[i], 1, string.find(holds[i], '|', 1, true) - 1)) > tonumber(ARGV[1]) then
          live = live + 1
        end
      end
      return {redis.call('HGET', KEYS[1], 'version') or 'none', tostring(live)}
      """;

  /**
   * KEYS: counters. ARGV: dish, change of plan, portions left if new — triples. A new menu
   * version's changed portions, applied to whatever is left now; a dish new to the slot starts from
   * PostgreSQL's figure.
   */
  private static final String REPLAN =
      """
      if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
      for i = 1, #ARGV, 3 do
        if redis.call('HEXISTS', KEYS[1], 'i:' .. ARGV[i]) == 1 then
          redis.call('HINCRBY', KEYS[1], 'i:' .. ARGV[i], tonumber(ARGV[i + 1]))
        else
          redis.call('HSET', KEYS[1], 'i:' .. ARGV[i], ARGV[i + 2])
        end
      end
      redis.call('HINCRBY', KEYS[1], 'version', 1)
      return 1
      """;

  @Inject RedissonClient redis;
  @Inject Clock clock;

  @Inject
  @Metric(
      name = "trayflow.checkout.admission.unguarded",
      absolute = true,
      description = "Reservations let through to PostgreSQL alone because Redis could not be asked")
  Counter unguarded;

  /** Holds every dish's portions, or none of them. */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 20,
      failureRatio = 0.5,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(
      fallbackMethod = "admitUnguarded",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public Admission reserve(Slot slot, String holdId, Portions portions) {
    List<Object> args = new ArrayList<>();
    args.add(holdId);
    args.add(String.valueOf(clock.millis() + HOLD_LIFETIME.toMillis()));
    pairs(portions, args);
    List<String> answer =
        script()
            .eval(
                counters(slot),
                RScript.Mode.READ_WRITE,
                RESERVE,
                RScript.ReturnType.LIST,
                keys(slot),
                args.toArray());
    return switch (answer.get(0)) {
      case "held" -> new Admission.Held(holdId);
      case "missing" -> new Admission.CountersMissing();
      default -> {
        Portions.Tally remaining = new Portions.Tally();
        for (int i = 1; i < answer.size(); i += 2) {
          remaining.add(
              Long.parseLong(answer.get(i)), Math.max(0, Integer.parseInt(answer.get(i + 1))));
        }
        yield new Admission.SoldOut(remaining.portions());
      }
    };
  }

  /**
   * An order that was not written gives its portions back; a hold given back already is left alone.
   */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "leftToExpire",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void giveBack(Slot slot, String holdId) {
    script()
        .eval(
            counters(slot),
            RScript.Mode.READ_WRITE,
            GIVE_BACK,
            RScript.ReturnType.LONG,
            keys(slot),
            holdId);
  }

  /** The order is in PostgreSQL: its portions stay taken, and the hold is no longer needed. */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "leftToExpire",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void settle(Slot slot, String holdId) {
    redis.getMap(holds(slot), StringCodec.INSTANCE).fastRemove(holdId);
  }

  /** A cancelled order's portions, back on sale. */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "leftToRecompute",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void returnPortions(Slot slot, Portions portions) {
    List<Object> args = new ArrayList<>();
    pairs(portions, args);
    script()
        .eval(
            counters(slot),
            RScript.Mode.READ_WRITE,
            ADD,
            RScript.ReturnType.LONG,
            List.<Object>of(counters(slot)),
            args.toArray());
  }

  /**
   * PostgreSQL refused portions Redis had let through: Redis was wrong (flushed, failed over), and
   * is told.
   */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "leftToRecompute",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void lowerTo(Slot slot, Portions remaining) {
    List<Object> args = new ArrayList<>();
    pairs(remaining, args);
    script()
        .eval(
            counters(slot),
            RScript.Mode.READ_WRITE,
            LOWER,
            RScript.ReturnType.LONG,
            List.<Object>of(counters(slot)),
            args.toArray());
  }

  /**
   * A new menu version changed the portions planned: applied on top of what checkouts have taken
   * meanwhile.
   */
  @Timeout(value = 500, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "replanLeftToRecompute",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void replan(Slot slot, Portions change, Portions leftIfNew) {
    List<Object> args = new ArrayList<>();
    change.forEach(
        (dish, delta) -> {
          args.add(String.valueOf(dish));
          args.add(String.valueOf(delta));
          args.add(String.valueOf(leftIfNew.of(dish)));
        });
    script()
        .eval(
            counters(slot),
            RScript.Mode.READ_WRITE,
            REPLAN,
            RScript.ReturnType.LONG,
            List.<Object>of(counters(slot)),
            args.toArray());
  }

  /**
   * What is left of each dish of the slot, as the gate sees it; empty when Redis has no counters
   * for it.
   */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 20,
      failureRatio = 0.5,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(
      fallbackMethod = "nothingKnown",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public Portions remaining(Slot slot) {
    Map<String, String> fields =
        redis.<String, String>getMap(counters(slot), StringCodec.INSTANCE).readAllMap();
    Portions.Tally remaining = new Portions.Tally();
    fields.forEach(
        (field, value) -> {
          if (field.startsWith("i:")) {
            remaining.add(Long.parseLong(field.substring(2)), Math.max(0, Integer.parseInt(value)));
          }
        });
    return remaining.portions();
  }

  /**
   * The counters' version and whether a checkout holds portions right now; read before PostgreSQL
   * is.
   */
  Snapshot snapshot(Slot slot) {
    List<String> answer =
        script()
            .eval(
                counters(slot),
                RScript.Mode.READ_ONLY,
                SNAPSHOT,
                RScript.ReturnType.LIST,
                keys(slot),
                String.valueOf(clock.millis()));
    return new Snapshot(answer.get(0), Integer.parseInt(answer.get(1)) > 0);
  }

  /**
   * Sets the counters to what PostgreSQL has left, if they are still at the version read before
   * PostgreSQL was and no checkout holds portions; otherwise leaves them alone and answers false.
   */
  boolean replace(Slot slot, Snapshot seen, Portions remaining, Instant expiry) {
    List<Object> args = new ArrayList<>();
    args.add(seen.version());
    args.add(String.valueOf(clock.millis()));
    args.add(String.valueOf(expiry.toEpochMilli()));
    pairs(remaining, args);
    Long replaced =
        script()
            .eval(
                counters(slot),
                RScript.Mode.READ_WRITE,
                REPLACE,
                RScript.ReturnType.LONG,
                keys(slot),
                args.toArray());
    return replaced != null && replaced == 1L;
  }

  /**
   * @param version the counters' version, or "none" when the slot has no counters
   */
  record Snapshot(String version, boolean portionsHeld) {

    boolean countersMissing() {
      return "none".equals(version);
    }
  }

  public Admission admitUnguarded(Slot slot, String holdId, Portions portions) {
    unguarded.inc();
    return new Admission.Unguarded();
  }

  /** A hold that cannot be given back or settled now runs out; the next recompute drops it. */
  public void leftToExpire(Slot slot, String holdId) {}

  /**
   * The next recompute (hourly job, or the rebuild of a missing counter) sets the counters right.
   */
  public void leftToRecompute(Slot slot, Portions portions) {}

  public void replanLeftToRecompute(Slot slot, Portions change, Portions leftIfNew) {}

  public Portions nothingKnown(Slot slot) {
    return Portions.none();
  }

  static String counters(Slot slot) {
    return TenantKey.of("quota:" + slot.keyPart());
  }

  static String holds(Slot slot) {
    return TenantKey.of("quota:" + slot.keyPart() + ":holds");
  }

  private static List<Object> keys(Slot slot) {
    return List.of(counters(slot), holds(slot));
  }

  private RScript script() {
    return redis.getScript(StringCodec.INSTANCE);
  }

  private static void pairs(Portions portions, List<Object> args) {
    portions.forEach(
        (dish, count) -> {
          args.add(String.valueOf(dish));
          args.add(String.valueOf(count));
        });
  }
}
