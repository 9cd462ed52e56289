package org.trayflow.localservices;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Runs Trayflow on this machine for a person ({@code run}), for the integration tests ({@code
 * start-for-tests}, {@code stop}) or as several instances for bench/faults ({@code
 * start-instances}). PostgreSQL and Redis come from the environment when configured ({@code
 * TRAYFLOW_DB_URL}, {@code TRAYFLOW_REDIS_URL}), else from local servers on the standard ports,
 * else from embedded servers started here; see README.
 */
public final class LocalLauncher {

  private LocalLauncher() {}

  public static void main(String[] args) throws Exception {
    Path buildDir = Path.of(System.getProperty("trayflow.local.build-dir", "target"));
    LibertyServer server =
        new LibertyServer(buildDir, System.getProperty("trayflow.local.server-name", "trayflow"));
    Map<String, String> env = System.getenv();
    switch (args.length == 0 ? "" : args[0]) {
      case "run" -> run(server, env);
      case "start-for-tests" ->
          startForTests(
              server, buildDir, env, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      case "stop" -> server.stop();
      case "start-instances" ->
          startInstances(
              buildDir,
              env,
              Integer.parseInt(args[1]),
              Integer.parseInt(args[2]),
              Path.of(args[3]));
      default ->
          throw new IllegalArgumentException(
              "usage: run | start-for-tests HTTP_PORT HTTPS_PORT | stop"
                  + " | start-instances COUNT FIRST_HTTP_PORT RUN_DIR");
    }
  }

  private static void run(LibertyServer server, Map<String, String> env) throws Exception {
    int httpPort = Integer.parseInt(env.getOrDefault("TRAYFLOW_HTTP_PORT", "9080"));
    int httpsPort = Integer.parseInt(env.getOrDefault("TRAYFLOW_HTTPS_PORT", "9443"));
    Path dataDir = Path.of(System.getProperty("user.home"), ".trayflow");
    LocalServices services = LocalServices.provide(env, "trayflow", dataDir, false);
    Runtime.getRuntime().addShutdownHook(new Thread(services::close));
    String demoPassword = DemoUsers.newPassword();
    String opsPassword = DemoUsers.newPassword();
    int hl7Port = Integer.parseInt(env.getOrDefault("TRAYFLOW_HL7_PORT", "2575"));
    LocalRecordFeed feed = LocalRecordFeed.prepare(dataDir.resolve("hl7"));
    server.writeOverrides(
        services,
        httpPort,
        httpsPort,
        hl7Port,
        feed,
        demoPassword,
        opsPassword,
        TokenKeys.generate(),
        false);
    server.runInForeground(
        httpPort,
        () ->
            printWelcome(httpPort, httpsPort, demoPassword, opsPassword, feed.howToSend(hl7Port)));
  }

  private static void startForTests(
      LibertyServer server, Path buildDir, Map<String, String> env, int httpPort, int httpsPort)
      throws Exception {
    Chromium.ensureInstalled();
    LocalServices services = LocalServices.provide(env, "trayflow_it", null, true);
    // Embedded servers live as long as this Maven JVM, which outlasts the integration tests.
    Runtime.getRuntime().addShutdownHook(new Thread(services::close));
    String demoPassword = DemoUsers.newPassword();
    // The browser tests sign in as demo people; they read this run's password from the build
    // directory.
    Files.writeString(buildDir.resolve("demo-users.password"), demoPassword);
    String opsPassword = DemoUsers.newPassword();
    TokenKeys keys = TokenKeys.generate();
    // The tests' mail server runs in the tests' own JVM (MailServerForTests); here its ports are
    // chosen.
    int smtpPort = freePort();
    int imapPort = freePort();
    int hl7Port = freePort();
    int plainHl7Port = freePort();
    LocalRecordFeed feed = LocalRecordFeed.prepare(buildDir.resolve("hl7"));
    server.writeOverrides(
        services, httpPort, httpsPort, hl7Port, feed, demoPassword, opsPassword, keys, true);
    server.writeMailServer(smtpPort);
    // as an operator with a TLS tunnel in front would: plain MLLP on this machine only, for one
    // named sender
    server.writePlainRecordFeed(plainHl7Port, "st-mungos.STMUNGOS-PAS");
    writeServicesForTests(
        buildDir, services, keys, opsPassword, smtpPort, imapPort, hl7Port, plainHl7Port);
    server.startInBackground(httpPort);
  }

  /**
   * Several instances of the assembled server, on ports of their own from {@code firstHttpPort}
   * (HTTPS a hundred above), sharing a fresh database {@code trayflow_faults}, Redis (from {@code
   * TRAYFLOW_REDIS_CONFIG_FILE} when set: Sentinel or Cluster), the keys that sign API tokens and
   * the demo password, as instances behind one load balancer do. They are started together and keep
   * running after this returns; {@code RUN_DIR/instances.properties} says where they are.
   */
  private static void startInstances(
      Path buildDir, Map<String, String> env, int count, int firstHttpPort, Path runDir)
      throws Exception {
    Files.createDirectories(runDir);
    LocalServices services = LocalServices.provide(env, "trayflow_faults", null, true);
    String demoPassword = DemoUsers.newPassword();
    String opsPassword = DemoUsers.newPassword();
    TokenKeys keys = TokenKeys.generate();
    LocalRecordFeed feed = LocalRecordFeed.prepare(runDir.resolve("hl7"));
    Map<String, String> environment = new TreeMap<>();
    if (env.containsKey("TRAYFLOW_REDIS_CONFIG_FILE")) {
      environment.put("TRAYFLOW_REDIS_CONFIG_FILE", env.get("TRAYFLOW_REDIS_CONFIG_FILE"));
    }
    Properties written = new Properties();
    written.setProperty("count", String.valueOf(count));
    written.setProperty("wlp", buildDir.resolve("liberty/wlp").toAbsolutePath().toString());
    written.setProperty("demo.password", demoPassword);
    written.setProperty("ops.password", opsPassword);
    written.setProperty("db.url", services.database().url());
    written.setProperty("db.owner.user", services.database().owner().user());
    written.setProperty("db.owner.password", services.database().owner().password());
    List<LibertyServer> instances = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int httpPort = firstHttpPort + i - 1;
      LibertyServer instance = new LibertyServer(buildDir, instanceName(i));
      instance.copyOf("trayflow", environment);
      instance.writeOverrides(
          services,
          httpPort,
          httpPort + 100,
          freePort(),
          feed,
          demoPassword,
          opsPassword,
          keys,
          false);
      instance.launch();
      instances.add(instance);
      written.setProperty("instance." + i + ".name", instanceName(i));
      written.setProperty("instance." + i + ".http-port", String.valueOf(httpPort));
    }
    for (int i = 0; i < count; i++) {
      instances.get(i).awaitReadyOrStop(firstHttpPort + i);
    }
    try (var out = Files.newBufferedWriter(runDir.resolve("instances.properties"))) {
      written.store(out, "Written by start-instances; read by bench/faults");
    }
  }

  private static String instanceName(int i) {
    return "trayflow-" + i;
  }

  /**
   * What the integration tests need to check the server's work from outside: the database (as its
   * owner, who sees past row security), Redis, the mail it sent, the key that signs API tokens, so
   * that tests can act as anyone, and the operators' password, for /metrics.
   */
  private static void writeServicesForTests(
      Path buildDir,
      LocalServices services,
      TokenKeys keys,
      String opsPassword,
      int smtpPort,
      int imapPort,
      int hl7Port,
      int plainHl7Port)
      throws IOException {
    Properties properties = new Properties();
    properties.setProperty("db.url", services.database().url());
    properties.setProperty("db.owner.user", services.database().owner().user());
    properties.setProperty("db.owner.password", services.database().owner().password());
    properties.setProperty("db.application.user", services.database().application().user());
    properties.setProperty("db.application.password", services.database().application().password());
    properties.setProperty("redis.url", services.redisUrl());
    properties.setProperty("redis.database", String.valueOf(services.redisDatabase()));
    properties.setProperty("jwt.private-key", keys.privateKeyPem());
    properties.setProperty("ops.password", opsPassword);
    properties.setProperty("smtp.port", String.valueOf(smtpPort));
    properties.setProperty("imap.port", String.valueOf(imapPort));
    properties.setProperty("hl7.port", String.valueOf(hl7Port));
    properties.setProperty("hl7.directory", buildDir.resolve("hl7").toAbsolutePath().toString());
    properties.setProperty("hl7.plain-port", String.valueOf(plainHl7Port));
    try (var out = Files.newBufferedWriter(buildDir.resolve("it-services.properties"))) {
      properties.store(out, "Written by start-for-tests; read by the integration tests");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void printWelcome(
      int httpPort, int httpsPort, String demoPassword, String opsPassword, String howToSendHl7) {
    String base = "http://localhost:" + httpPort;
    StringBuilder people = new StringBuilder();
    DemoUsers.usernames().forEach(name -> people.append("           ").append(name).append('\n'));
    System.out.println(
        """

        ==================================================================
         Trayflow is running (Ctrl-C stops it)
           Web UI        %1$s/
           API example   %1$s/api/v1/t/st-mungos/sites   (token: POST %1$s/api/v1/auth/token)
           Health        %1$s/health/ready   %1$s/health/live
           Metrics       https://localhost:%6$d/metrics   (operators: user trayflow-ops, password %5$s)
           OpenAPI       %1$s/openapi   (browse: %1$s/openapi/ui)

         Demo people (password for this run: %2$s)
        %3$s
         HL7 v2 from St Mungo's record (MLLP over TLS, client certificate made for this machine),
         e.g. with deploy/hl7/st-mungos-admission.hl7 as MESSAGE.hl7:
           %4$s
        ==================================================================
        """
            .formatted(base, demoPassword, people, howToSendHl7, opsPassword, httpsPort));
  }
}
