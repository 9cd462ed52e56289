package org.trayflow.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The Liberty server started for the integration tests, as seen from outside over HTTP. */
final class TrayflowServer {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TrayflowServer() {}

  static String baseUrl() {
    return System.getProperty("trayflow.it.base-url", "http://localhost:9181");
  }

  static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Path screenshotDir() {
    return Path.of(System.getProperty("trayflow.it.screenshots", "target/screenshots"));
  }
}
