package org.trayflow.localservices;

import static org.trayflow.localservices.LocalPostgres.log;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import redis.embedded.RedisServer;

/** Finds or starts the Redis that Trayflow runs on. */
final class LocalRedis {

  /** Tests keep to their own Redis database so that a running demo instance is not disturbed. */
  static final int TEST_DATABASE = 1;

  private static final String HOST = "127.0.0.1";
  private static final File DEBIAN_REDIS = new File("/usr/bin/redis-server");

  private LocalRedis() {}

  static String provide(Map<String, String> env, List<AutoCloseable> started) throws IOException {
    String configured = env.get("TRAYFLOW_REDIS_URL");
    if (configured != null && !configured.isBlank()) {
      log("Redis: using TRAYFLOW_REDIS_URL " + configured);
      return configured;
    }
    int localPort = Integer.parseInt(env.getOrDefault("TRAYFLOW_LOCAL_REDIS_PORT", "6379"));
    if (command(HOST, localPort, "PING").startsWith("+PONG")) {
      log("Redis: using the local server on port " + localPort);
      return url(localPort);
    }
    int port = LocalPostgres.freePort();
    // Debian's redis-server is a current Redis 7; the embedded artifact's own binary (6.2) is the
    // fallback.
    RedisServer redis =
        DEBIAN_REDIS.canExecute() ? new RedisServer(port, DEBIAN_REDIS) : new RedisServer(port);
    log(
        "Redis: no local server answered; starting "
            + (DEBIAN_REDIS.canExecute() ? DEBIAN_REDIS : "embedded Redis")
            + " on port "
            + port);
    redis.start();
    started.add(redis::stop);
    return url(port);
  }

  static void flush(String url, int database) throws IOException {
    java.net.URI uri = java.net.URI.create(url);
    command(uri.getHost(), uri.getPort(), "SELECT " + database + "\r\nFLUSHDB");
  }

  private static String url(int port) {
    return "redis://" + HOST + ":" + port;
  }

  /**
   * Sends inline commands (one a line) and returns their reply lines, or "" when nothing answers.
   */
  private static String command(String host, int port, String commands) {
    int expected = commands.split("\r\n").length;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      socket.setSoTimeout(2_000);
      OutputStream out = socket.getOutputStream();
      out.write((commands + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder reply = new StringBuilder();
      int lines = 0;
      while (lines < expected) {
        int c = in.read();
        if (c == -1) {
          break;
        }
        reply.append((char) c);
        lines += c == '\n' ? 1 : 0;
      }
      return reply.toString();
    } catch (IOException e) {
      return "";
    }
  }
}
