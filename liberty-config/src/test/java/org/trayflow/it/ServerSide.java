package org.trayflow.it;

import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.Properties;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The test server's PostgreSQL, Redis and token key, from the file start-for-tests wrote: for
 * checking from outside what the server stored (as the database owner, past row security), for
 * failing Redis on purpose, and for acting as any person of any tenant.
 */
final class ServerSide {

  private static final Properties SERVICES = load();
  private static RedissonClient redis;

  private ServerSide() {}

  /**
   * As the schema owner, across tenants: row security is forced on the owner too (decision 0005).
   */
  static Connection database() throws SQLException {
    Connection db =
        DriverManager.getConnection(
            SERVICES.getProperty("db.url"),
            SERVICES.getProperty("db.owner.user"),
            SERVICES.getProperty("db.owner.password"));
    try (var across = db.createStatement()) {
      across.execute("set app.scope = 'platform'");
    }
    return db;
  }

  static long queryLong(String sql, Object... parameters) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  /**
   * Ends every connection the server holds to PostgreSQL, as a PostgreSQL restart or failover does:
   * the server's pooled connections are dead the next time it uses them. Done as the server's own
   * role, which may end its own sessions and no one else's.
   *
   * @return how many connections were ended
   */
  static long endServersConnections() throws SQLException {
    try (Connection asServer =
            DriverManager.getConnection(
                SERVICES.getProperty("db.url"),
                SERVICES.getProperty("db.application.user"),
                SERVICES.getProperty("db.application.password"));
        var ended =
            asServer
                .createStatement()
                .executeQuery(
                    "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where usename = current_user and datname = current_database()"
                        + " and pid <> pg_backend_pid()")) {
      ended.next();
      return ended.getLong(1);
    }
  }

  /** The port on which the tests' mail server lets anyone read the mail sent to them. */
  static int imapPort() {
    return Integer.parseInt(SERVICES.getProperty("imap.port"));
  }

  /**
   * The local run's record-feed folder (LocalRecordFeed): the listener's certificate, the engine
   * registrations.
   */
  static Path hl7Directory() {
    return Path.of(SERVICES.getProperty("hl7.directory"));
  }

  /**
   * The plain MLLP listener the test server's operator set up on 127.0.0.1 for St Mungo's record.
   */
  static int plainHl7Port() {
    return Integer.parseInt(SERVICES.getProperty("hl7.plain-port"));
  }

  static int hl7Port() {
    return Integer.parseInt(SERVICES.getProperty("hl7.port"));
  }

  /** A second Redis client, as another app instance (or an operator) would have. */
  static synchronized RedissonClient redis() {
    if (redis == null) {
      Config config = new Config();
      config
          .useSingleServer()
          .setAddress(SERVICES.getProperty("redis.url"))
          .setDatabase(Integer.parseInt(SERVICES.getProperty("redis.database")));
      redis = Redisson.create(config);
    }
    return redis;
  }

  /**
   * Makes Redis hold every write command, PUBLISH included, for a while (CLIENT PAUSE … WRITE), as
   * a failing Redis would: reads still answer.
   */
  static void pauseRedisWrites(Duration pause) throws IOException {
    pauseRedis(pause, "WRITE");
  }

  /** Makes Redis hold every command for a while (CLIENT PAUSE … ALL), as a hung Redis would. */
  static void pauseRedis(Duration pause) throws IOException {
    pauseRedis(pause, "ALL");
  }

  /** Spoken in RESP over a socket, since no Redis client offers the command. */
  private static void pauseRedis(Duration pause, String commands) throws IOException {
    URI redisUrl = URI.create(SERVICES.getProperty("redis.url"));
    String millis = String.valueOf(pause.toMillis());
    String command =
        "*4\r\n$6\r\nCLIENT\r\n$5\r\nPAUSE\r\n$"
            + millis.length()
            + "\r\n"
            + millis
            + "\r\n$"
            + commands.length()
            + "\r\n"
            + commands
            + "\r\n";
    try (Socket socket = new Socket(redisUrl.getHost(), redisUrl.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
      byte[] answer = new byte[5];
      int read = socket.getInputStream().read(answer);
      if (read < 3 || answer[0] != '+') {
        throw new IOException(
            "Redis did not pause: "
                + new String(answer, 0, Math.max(read, 0), StandardCharsets.US_ASCII));
      }
    }
  }

  /**
   * An API token as Trayflow issues it, for anyone: the server cannot tell it from one it issued.
   */
  static String tokenFor(String username, Long tenantId, String tenant, String... roles) {
    return tokenExpiringAt(
        Instant.now().plus(Duration.ofMinutes(30)), username, tenantId, tenant, roles);
  }

  /** The same, expiring at the moment given (in the past, to try the accepted clock skew). */
  static String tokenExpiringAt(
      Instant expiry, String username, Long tenantId, String tenant, String... roles) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("trayflow");
    claims.setAudience("trayflow");
    claims.setGeneratedJwtId();
    Instant issued = expiry.minus(Duration.ofMinutes(15));
    claims.setIssuedAt(
        NumericDate.fromMilliseconds(Math.min(issued.toEpochMilli(), System.currentTimeMillis())));
    claims.setExpirationTime(NumericDate.fromMilliseconds(expiry.toEpochMilli()));
    claims.setSubject(username);
    claims.setClaim("upn", username);
    claims.setStringListClaim("groups", roles);
    credentialVersionOf(username).ifPresent(version -> claims.setClaim("cv", version));
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

  /**
   * A person's credential version, as Trayflow puts it in their tokens (decision 0014); none for
   * made-up names.
   */
  private static OptionalLong credentialVersionOf(String username) {
    try {
      long version =
          queryLong("select credential_version from user_account where username = ?", username);
      return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey signingKey() {
    String base64 =
        SERVICES
            .getProperty("jwt.private-key")
            .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * HTTP Basic for the operators' account (/metrics), whose password the launcher made for this
   * run.
   */
  static String operatorsAuthorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                ("trayflow-ops:" + SERVICES.getProperty("ops.password"))
                    .getBytes(StandardCharsets.UTF_8));
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of(
                System.getProperty(
                    "trayflow.it.services-file", "target/it-services.properties")))) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("start-for-tests did not write the services file", e);
    }
    return properties;
  }
}
