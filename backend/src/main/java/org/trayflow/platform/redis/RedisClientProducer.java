package org.trayflow.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The one Redisson client of this app instance. A single server is configured by URL; Sentinel or
 * Cluster deployments give a Redisson YAML file instead (see docs/operations.md).
 */
@ApplicationScoped
class RedisClientProducer {

  @Inject
  @ConfigProperty(name = "trayflow.redis.url", defaultValue = "redis://127.0.0.1:6379")
  String url;

  @Inject
  @ConfigProperty(name = "trayflow.redis.database", defaultValue = "0")
  int database;

  @Inject
  @ConfigProperty(name = "trayflow.redis.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "trayflow.redis.config-file")
  Optional<String> configFile;

  @Produces
  @ApplicationScoped
  RedissonClient redisson() {
    return Redisson.create(
        configFile.map(RedisClientProducer::fromFile).orElseGet(this::singleServer));
  }

  void close(@Disposes RedissonClient redisson) {
    redisson.shutdown();
  }

  private Config singleServer() {
    Config config = new Config();
    config
        .useSingleServer()
        .setAddress(url)
        .setDatabase(database)
        .setPassword(password.filter(p -> !p.isBlank()).orElse(null))
        .setClientName("trayflow")
        .setConnectTimeout(2_000)
        .setTimeout(1_000)
        .setRetryAttempts(2);
    return config;
  }

  private static Config fromFile(String file) {
    try {
      return Config.fromYAML(Path.of(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Redisson configuration " + file, e);
    }
  }
}
