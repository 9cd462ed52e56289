package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty servers (two JVMs) on different ports, one PostgreSQL and one Redis: a lunch rush
 * spread over both, each checkout retried with its key on the other server. Nothing oversold,
 * nothing doubled, every retry answered with the order first placed.
 */
class TwoServersIT {

  private static final String SECOND = "trayflow-second";
  private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog", "dropins");

  @Test
  void a_rush_over_two_servers_sells_exactly_the_quota_and_retries_find_their_orders()
      throws Exception {
    int port = freePort();
    Path second = copyOfTheServer(port);
    try {
      start(port);
      String other = "http://localhost:" + port;
      RushTenant hospital = RushTenant.register("two-servers", 600);
      long dish = hospital.offerDish("Cottage pie", 40);

      record Attempt(HttpResponse<String> first, HttpResponse<String> retry) {}
      List<Attempt> attempts =
          AllAtOnce.run(
              120,
              i ->
                  () -> {
                    String token = hospital.staff("crowd-" + i);
                    String key = UUID.randomUUID().toString();
                    String here = i % 2 == 0 ? TrayflowServer.baseUrl() : other;
                    String there = i % 2 == 0 ? other : TrayflowServer.baseUrl();
                    HttpResponse<String> first =
                        hospital.checkoutAt(here, token, key, hospital.order(dish, 1));
                    return new Attempt(
                        first, hospital.checkoutAt(there, token, key, hospital.order(dish, 1)));
                  });

      List<Attempt> placed = attempts.stream().filter(a -> a.first().statusCode() == 201).toList();
      assertThat(placed).hasSize(40);
      assertThat(attempts)
          .allSatisfy(a -> assertThat(a.first().statusCode()).as(a.first().body()).isIn(201, 409));
      assertThat(placed)
          .allSatisfy(
              a -> {
                assertThat(a.retry().statusCode()).as(a.retry().body()).isEqualTo(200);
                assertThat(Api.json(a.retry()).getJsonNumber("id").longValue())
                    .isEqualTo(Api.json(a.first()).getJsonNumber("id").longValue());
              });
      assertThat(hospital.orderedInStore(dish)).isEqualTo(40);
      assertThat(hospital.ordersInStore(dish)).isEqualTo(40);
      assertThat(
              ServerSide.queryLong(
                  "select count(*) from (select orderer from orders where tenant_id = ?"
                      + " group by orderer having count(*) > 1) doubled",
                  hospital.id))
          .isZero();
    } finally {
      new ProcessBuilder(script().toString(), "stop", SECOND).inheritIO().start().waitFor();
      deleteTree(second);
    }
  }

  /**
   * The test server's own configuration and application, on other ports, with fresh logs and work
   * area.
   */
  private static Path copyOfTheServer(int port) throws IOException {
    Path servers = Path.of(System.getProperty("trayflow.it.wlp-home"), "usr", "servers");
    Path first = servers.resolve(System.getProperty("trayflow.it.server-name"));
    Path second = servers.resolve(SECOND);
    deleteTree(second);
    try (Stream<Path> files = Files.walk(first)) {
      for (Path file : files.toList()) {
        Path relative = first.relativize(file);
        if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
          continue;
        }
        Path target = second.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    // Read after the first's overrides (alphabetical order), so these ports win.
    Files.writeString(
        second.resolve("configDropins/overrides/zz-second-server.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <server>
          <variable name="http.port" value="%d"/>
          <variable name="https.port" value="%d"/>
          <variable name="trayflow.hl7.port" value="0"/>
        </server>
        """
            .formatted(port, freePort()));
    return second;
  }

  private static void start(int port) throws Exception {
    assertThat(
            new ProcessBuilder(script().toString(), "start", SECOND).inheritIO().start().waitFor())
        .isZero();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build();
    await("the second server ready")
        .atMost(Duration.ofSeconds(150))
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(IOException.class) // still starting
        .until(() -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  private static Path script() {
    return Path.of(System.getProperty("trayflow.it.wlp-home"), "bin", "server");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
