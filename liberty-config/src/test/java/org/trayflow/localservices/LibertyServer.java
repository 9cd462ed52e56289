package org.trayflow.localservices;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.trayflow.localservices.LocalPostgres.log;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Liberty server that liberty-maven-plugin assembled under target/liberty. */
final class LibertyServer {

  private static final Duration READY_WITHIN = Duration.ofMinutes(4);

  private static final String LOCAL_MAIL = "local-mail.xml";
  private static final String PLAIN_RECORD_FEED = "plain-record-feed.xml";

  private final Path wlp;
  private final String name;

  LibertyServer(Path buildDir, String name) {
    this.wlp = buildDir.resolve("liberty/wlp");
    this.name = name;
  }

  /**
   * Points the server at the services found, through a configDropins file that outranks
   * server.xml's defaults. For tests it also enables what Arquillian needs, which production never
   * loads.
   */
  void writeOverrides(
      LocalServices services,
      int httpPort,
      int httpsPort,
      int hl7Port,
      LocalRecordFeed feed,
      String demoPassword,
      String opsPassword,
      TokenKeys keys,
      boolean forTests)
      throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
    variable(xml, "http.port", String.valueOf(httpPort));
    variable(xml, "https.port", String.valueOf(httpsPort));
    variable(xml, "trayflow.hl7.port", String.valueOf(hl7Port));
    variable(xml, "trayflow.hl7.tls.keystore", feed.keystore().toString());
    variable(xml, "trayflow.hl7.tls.keystore-password", feed.keystorePassword());
    variable(xml, "trayflow.hl7.tls.engine-certificates", feed.engineCertificates().toString());
    variable(xml, "trayflow.db.url", services.database().url());
    variable(xml, "trayflow.db.user", services.database().application().user());
    variable(xml, "trayflow.db.password", services.database().application().password());
    variable(xml, "trayflow.db.owner-user", services.database().owner().user());
    variable(xml, "trayflow.db.owner-password", services.database().owner().password());
    variable(xml, "trayflow.redis.url", services.redisUrl());
    variable(xml, "trayflow.redis.database", String.valueOf(services.redisDatabase()));
    variable(xml, "trayflow.demo-users.password", demoPassword);
    variable(xml, "trayflow.ops.password", opsPassword);
    variable(xml, "trayflow.jwt.private-key", keys.privateKeyPem());
    variable(xml, "mp.jwt.verify.publickey", keys.publicKeyPem());
    if (!forTests) {
      // people read the run command's console: JSON is for log collectors
      variable(xml, "trayflow.log.format", "simple");
    }
    if (forTests) {
      xml.append("  <featureManager><feature>localConnector-1.0</feature></featureManager>\n");
      xml.append("  <applicationMonitor updateTrigger=\"mbean\" dropinsEnabled=\"true\"/>\n");
      xml.append(TestIdentityProvider.libertyClientFor("st-mungos", httpPort));
    }
    xml.append("</server>\n");
    Path overrides = serverDir().resolve("configDropins/overrides");
    Files.createDirectories(overrides);
    Files.writeString(overrides.resolve("local-services.xml"), xml);
    Files.deleteIfExists(overrides.resolve(LOCAL_MAIL));
    Files.deleteIfExists(overrides.resolve(PLAIN_RECORD_FEED));
  }

  /**
   * A plain MLLP listener on 127.0.0.1 for one named sender (tests only: an operator's choice, off
   * by default).
   */
  void writePlainRecordFeed(int port, String sender) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
    variable(xml, "trayflow.hl7.plain.port", String.valueOf(port));
    variable(xml, "trayflow.hl7.plain.sender", sender);
    xml.append("</server>\n");
    Files.writeString(
        serverDir().resolve("configDropins/overrides").resolve(PLAIN_RECORD_FEED), xml);
  }

  /**
   * Sends the server's e-mail to a local mail server (tests only: a real one is configured by its
   * operators).
   */
  void writeMailServer(int smtpPort) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n");
    variable(xml, "trayflow.smtp.host", "127.0.0.1");
    variable(xml, "trayflow.smtp.port", String.valueOf(smtpPort));
    xml.append("</server>\n");
    Files.writeString(serverDir().resolve("configDropins/overrides").resolve(LOCAL_MAIL), xml);
  }

  /**
   * Makes this server a copy of another one assembled beside it (its configuration, application,
   * libraries and keys; not its logs, work area or transaction log), with settings of its own in
   * the environment, so that several instances run from one installation.
   */
  void copyOf(String assembled, Map<String, String> environment) throws IOException {
    Path from = wlp.resolve("usr/servers").resolve(assembled);
    Path to = serverDir();
    for (String part : List.of("apps", "lib", "resources", "dropins")) {
      copyTree(from.resolve(part), to.resolve(part));
    }
    Files.copy(from.resolve("server.xml"), to.resolve("server.xml"), REPLACE_EXISTING);
    StringBuilder env = new StringBuilder(Files.readString(from.resolve("server.env")));
    environment.forEach((key, value) -> env.append('\n').append(key).append('=').append(value));
    Files.writeString(to.resolve("server.env"), env.append('\n'));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, REPLACE_EXISTING);
        }
      }
    }
  }

  void startInBackground(int httpPort) throws IOException, InterruptedException {
    launch();
    awaitReadyOrStop(httpPort);
  }

  /** Starts the server in the background; {@link #awaitReadyOrStop} waits for it. */
  void launch() throws IOException, InterruptedException {
    setAsidePreviousLog();
    int exit = new ProcessBuilder(script(), "start", name).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "Liberty did not start (exit " + exit + "); see " + serverDir().resolve("logs"));
    }
  }

  void awaitReadyOrStop(int httpPort) throws IOException, InterruptedException {
    try {
      awaitReady(httpPort);
    } catch (IllegalStateException notReady) {
      stop();
      throw notReady;
    }
  }

  void runInForeground(int httpPort, Runnable whenReady) throws IOException, InterruptedException {
    setAsidePreviousLog();
    Process server = new ProcessBuilder(script(), "run", name).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
    awaitReady(httpPort);
    whenReady.run();
    server.waitFor();
  }

  void stop() throws IOException, InterruptedException {
    new ProcessBuilder(script(), "stop", name).inheritIO().start().waitFor();
  }

  private void awaitReady(int httpPort) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (applicationFailed()) {
        throw new IllegalStateException("Trayflow failed to start; see " + messagesLog());
      }
      try {
        if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          log("Liberty is ready on port " + httpPort);
          return;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException(
        "Liberty was not ready within " + READY_WITHIN + "; see " + messagesLog());
  }

  /** CWWKZ0002E: the application threw while starting; CWWKZ0012I: it was not started. */
  private boolean applicationFailed() {
    try {
      String log = Files.readString(messagesLog());
      return log.contains("CWWKZ0002E") || log.contains("CWWKZ0012I");
    } catch (IOException notWrittenYet) {
      return false;
    }
  }

  /** So that a failure recorded by an earlier run is not mistaken for this one's. */
  private void setAsidePreviousLog() throws IOException {
    if (Files.exists(messagesLog())) {
      Files.move(
          messagesLog(),
          messagesLog().resolveSibling("messages-previous-run.log"),
          REPLACE_EXISTING);
    }
  }

  private Path messagesLog() {
    return serverDir().resolve("logs/messages.log");
  }

  private void stopQuietly(Process server) {
    try {
      stop();
      server.waitFor();
    } catch (IOException | InterruptedException e) {
      server.destroy();
    }
  }

  private static void variable(StringBuilder xml, String name, String value) {
    xml.append("  <variable name=\"")
        .append(name)
        .append("\" value=\"")
        .append(escape(value))
        .append("\"/>\n");
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private Path serverDir() {
    return wlp.resolve("usr/servers").resolve(name);
  }

  private String script() {
    return wlp.resolve("bin/server").toString();
  }
}
