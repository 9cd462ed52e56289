package org.trayflow.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.redisson.api.RedissonClient;

/** Asks the servers Trayflow depends on whether they answer, within a short time. */
@ApplicationScoped
class ServiceProbes {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/trayflow")
  DataSource dataSource;

  @Inject RedissonClient redis;

  boolean postgresqlAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  boolean redisAnswers() {
    try {
      redis.getKeys().count();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
