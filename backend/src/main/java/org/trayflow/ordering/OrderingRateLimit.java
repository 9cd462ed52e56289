package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.trayflow.platform.redis.TenantKey;

/**
 * The hospital's limit of checkouts per orderer and minute, counted in Redis per calendar minute.
 * When Redis cannot be asked, checkouts are not limited: the limit guards against runaway clients,
 * not against overselling. Public, as Fault Tolerance calls the fallback method by reflection.
 */
@ApplicationScoped
public class OrderingRateLimit {

  /** KEYS: the minute's counter. Answers {count, milliseconds until the minute ends}. */
  private static final String COUNT =
      """
      local count = redis.call('INCR', KEYS[1])
      if count == 1 then redis.call('PEXPIRE', KEYS[1], 60000) end
      return {count, redis.call('PTTL', KEYS[1])}
      """;

  @Inject RedissonClient redis;
  @Inject Clock clock;

  /**
   * @throws TooManyOrders once the orderer has used up this minute's checkouts
   */
  @Timeout(value = 300, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 20,
      failureRatio = 0.5,
      delay = 5,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = TooManyOrders.class)
  @Fallback(fallbackMethod = "notCounted", skipOn = TooManyOrders.class)
  public void count(String orderer, int perMinute) {
    long minute = clock.millis() / 60_000;
    List<Long> answer =
        redis
            .getScript(StringCodec.INSTANCE)
            .eval(
                TenantKey.of("rate"),
                RScript.Mode.READ_WRITE,
                COUNT,
                RScript.ReturnType.LIST,
                List.of(TenantKey.of("rate:" + orderer + ":" + minute)));
    if (answer.get(0) > perMinute) {
      throw new TooManyOrders(perMinute, Duration.ofMillis(Math.max(answer.get(1), 1)));
    }
  }

  public void notCounted(String orderer, int perMinute) {}
}
