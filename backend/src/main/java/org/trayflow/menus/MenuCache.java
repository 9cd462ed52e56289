package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;
import org.trayflow.platform.redis.TenantKey;

/**
 * Published menus in Redis, as the JSON document the API serves. Every key carries the tenant.
 * Redis is a help, never a need: when it is slow or down, each call gives up quickly and readers go
 * to PostgreSQL (the circuit stops trying for a while). Public, as Fault Tolerance calls the
 * fallback methods by reflection.
 */
@ApplicationScoped
public class MenuCache {

  /** A published version never changes; a week older than this is rarely read again. */
  private static final Duration MENU_LIFETIME = Duration.ofDays(14);

  /**
   * Bounds how long a reader can miss a new version if its pointer was written just after a
   * publication.
   */
  private static final Duration NEWEST_VERSION_LIFETIME = Duration.ofSeconds(60);

  @Inject RedissonClient redis;

  @Inject
  @Metric(
      name = "trayflow.menu.cache.hits",
      absolute = true,
      description = "Published-menu reads answered from Redis")
  Counter hits;

  @Inject
  @Metric(
      name = "trayflow.menu.cache.misses",
      absolute = true,
      description = "Published-menu reads that went to PostgreSQL")
  Counter misses;

  @Timeout(value = 200, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(
      fallbackMethod = "noMenu",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public Optional<String> menu(String site, MenuWeek week, int version) {
    String json = bucket(menuKey(site, week, version)).get();
    (json == null ? misses : hits).inc();
    return Optional.ofNullable(json);
  }

  @Timeout(value = 200, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(
      fallbackMethod = "nothingRemembered",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void remember(String site, MenuWeek week, int version, String json) {
    bucket(menuKey(site, week, version)).set(json, MENU_LIFETIME);
  }

  @Timeout(value = 200, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  @Fallback(
      fallbackMethod = "noVersion",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public Optional<Integer> newestVersion(String site, MenuWeek week) {
    return Optional.ofNullable(bucket(newestKey(site, week)).get()).map(Integer::valueOf);
  }

  @Timeout(value = 200, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "versionNotRemembered",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void rememberNewestVersion(String site, MenuWeek week, int version) {
    bucket(newestKey(site, week)).set(String.valueOf(version), NEWEST_VERSION_LIFETIME);
  }

  /** Should Redis fail here, the pointer left behind expires within a minute. */
  @Timeout(value = 500, unit = ChronoUnit.MILLIS)
  @Fallback(
      fallbackMethod = "versionNotForgotten",
      applyOn = {RedisException.class, FaultToleranceException.class})
  public void forgetNewestVersion(String site, MenuWeek week) {
    bucket(newestKey(site, week)).delete();
  }

  public Optional<String> noMenu(String site, MenuWeek week, int version) {
    misses.inc();
    return Optional.empty();
  }

  public void nothingRemembered(String site, MenuWeek week, int version, String json) {}

  public Optional<Integer> noVersion(String site, MenuWeek week) {
    return Optional.empty();
  }

  public void versionNotRemembered(String site, MenuWeek week, int version) {}

  public void versionNotForgotten(String site, MenuWeek week) {}

  private RBucket<String> bucket(String key) {
    return redis.getBucket(key, StringCodec.INSTANCE);
  }

  private static String menuKey(String site, MenuWeek week, int version) {
    return TenantKey.of("menu:" + site + ":" + week.monday() + ":v" + version);
  }

  private static String newestKey(String site, MenuWeek week) {
    return TenantKey.of("menu:" + site + ":" + week.monday() + ":newest");
  }
}
