package org.trayflow.ui.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

/**
 * Each person's cart, kept in Redis for a working day so that every instance finds it: the browser
 * session that held it may end before the person orders. A cart that cannot be kept (Redis down) is
 * simply not found again; ordering never waits for it.
 */
@ApplicationScoped
class KeptCarts {

  private static final Logger LOG = Logger.getLogger(KeptCarts.class.getName());
  private static final Duration KEPT_FOR = Duration.ofHours(12);
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject RedissonClient redis;

  void keep(String username, KeptCart cart) {
    try {
      bucket(username).set(JSON.toJson(cart), KEPT_FOR);
    } catch (RedisException unreachable) {
      LOG.fine(() -> "Cart not kept, Redis does not answer: " + unreachable.getMessage());
    }
  }

  /** The person's kept cart, which is forgotten as it is taken. */
  Optional<KeptCart> take(String username) {
    try {
      return Optional.ofNullable(bucket(username).getAndDelete())
          .map(json -> JSON.fromJson(json, KeptCart.class));
    } catch (RedisException unreachable) {
      LOG.fine(() -> "Kept cart not read, Redis does not answer: " + unreachable.getMessage());
      return Optional.empty();
    }
  }

  void forget(String username) {
    try {
      bucket(username).delete();
    } catch (RedisException unreachable) {
      LOG.fine(() -> "Kept cart not forgotten, Redis does not answer: " + unreachable.getMessage());
    }
  }

  private RBucket<String> bucket(String username) {
    return redis.getBucket("trayflow:kept-cart:" + username, StringCodec.INSTANCE);
  }
}
