package org.trayflow.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The test server's PostgreSQL, Redis and token key, from the file start-for-tests wrote: for checking from
 * outside what the server stored (as the database owner, past row security), for failing Redis on purpose, and
 * for acting as any person of any tenant.
 */
final class ServerSide {

  private static final Properties SERVICES = load();
  private static RedissonClient redis;

  private ServerSide() {}

  /** As the schema owner, across tenants: row security is forced on the owner too (decision 0005). */
  static Connection database() throws SQLException {
    Connection db = DriverManager.getConnection(SERVICES.getProperty("db.url"), SERVICES.getProperty("db.owner.user"),
        SERVICES.getProperty("db.owner.password"));
    try (var across = db.createStatement()) {
      across.execute("set app.scope = 'platform'");
    }
    return db;
  }

  static long queryLong(String sql, Object... parameters) throws SQLException {
    try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  /** The port on which the tests' mail server lets anyone read the mail sent to them. */
  static int imapPort() {
    return Integer.parseInt(SERVICES.getProperty("imap.port"));
  }

  /** The local run's record-feed folder (LocalRecordFeed): the listener's certificate, the engine registrations. */
  static Path hl7Directory() {
    return Path.of(SERVICES.getProperty("hl7.directory"));
  }

  static int hl7Port() {
    return Integer.parseInt(SERVICES.getProperty("hl7.port"));
  }

  /** A second Redis client, as another app instance (or an operator) would have. */
  static synchronized RedissonClient redis() {
    if (redis == null) {
      Config config = new Config();
      config.useSingleServer().setAddress(SERVICES.getProperty("redis.url"))
          .setDatabase(Integer.parseInt(SERVICES.getProperty("redis.database")));
      redis = Redisson.create(config);
    }
    return redis;
  }

  /** An API token as Trayflow issues it, for anyone: the server cannot tell it from one it issued. */
  static String tokenFor(String username, Long tenantId, String tenant, String... roles) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("trayflow");
    claims.setAudience("trayflow");
    claims.setGeneratedJwtId();
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(30);
    claims.setSubject(username);
    claims.setClaim("upn", username);
    claims.setStringListClaim("groups", roles);
    if (tenantId != null) {
      claims.setClaim("tenant_id", tenantId);
      claims.setClaim("tenant", tenant);
    }
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return jws.getCompactSerialization();
    } catch (org.jose4j.lang.JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey signingKey() {
    String base64 = SERVICES.getProperty("jwt.private-key").replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
        .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("trayflow.it.services-file",
        "target/it-services.properties")))) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("start-for-tests did not write the services file", e);
    }
    return properties;
  }
}
