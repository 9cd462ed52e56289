package org.trayflow.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The Liberty server started for the integration tests, as seen from outside over HTTP. */
final class TrayflowServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final HttpClient HTTPS = anyCertificate();

  private TrayflowServer() {}

  static String baseUrl() {
    return System.getProperty("trayflow.it.base-url", "http://localhost:9181");
  }

  static HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The server over HTTPS, whose certificate is the one Liberty made for itself at its first start:
   * these tests talk to this one server on this machine, so any certificate is taken.
   */
  static HttpResponse<String> overHttps(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "https://localhost:"
                        + System.getProperty("trayflow.it.https-port", "9544")
                        + path))
            .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient anyCertificate() {
    try {
      SSLContext anyCertificate = SSLContext.getInstance("TLS");
      anyCertificate.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          null);
      return HttpClient.newBuilder()
          .sslContext(anyCertificate)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
    } catch (java.security.GeneralSecurityException inEveryJdk) {
      throw new IllegalStateException(inEveryJdk);
    }
  }

  /**
   * /metrics in Prometheus' text, as the operators' scraper reads it: over HTTPS, with their
   * password.
   */
  static HttpResponse<String> metrics() throws Exception {
    return overHttps(
        "/metrics", "Accept", "text/plain", "Authorization", ServerSide.operatorsAuthorization());
  }

  static Path screenshotDir() {
    return Path.of(System.getProperty("trayflow.it.screenshots", "target/screenshots"));
  }
}
