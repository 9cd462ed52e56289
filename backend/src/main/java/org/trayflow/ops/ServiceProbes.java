package org.trayflow.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;

/**
 * Asks the servers Trayflow depends on whether they answer. A probe that hangs (a half-open
 * connection, a Redis failover) is cut short, so that health endpoints answer within a load
 * balancer's patience.
 */
@ApplicationScoped
class ServiceProbes {

  private static final int VALID_WITHIN_SECONDS = 2;

  @Resource(lookup = "jdbc/trayflow")
  DataSource dataSource;

  @Inject RedissonClient redis;

  @Timeout(3_000)
  @Fallback(fallbackMethod = "notAnswering", applyOn = TimeoutException.class)
  boolean postgresqlAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALID_WITHIN_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Redis answers within a millisecond when well; half a second is enough to tell, and keeps the
   * health endpoints quick while it hangs.
   */
  @Timeout(500)
  @Fallback(
      fallbackMethod = "notAnswering",
      applyOn = {TimeoutException.class, RedisException.class})
  boolean redisAnswers() {
    redis.getKeys().count();
    return true;
  }

  boolean notAnswering() {
    return false;
  }
}
