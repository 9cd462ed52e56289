package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The API over HTTP, as a client with a bearer token uses it. */
final class Api {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Api() {}

  static String tokenFor(String username) throws IOException, InterruptedException {
    HttpResponse<String> response = requestToken(username, Browser.demoPassword());
    assertThat(response.statusCode()).as("token for " + username).isEqualTo(200);
    return json(response).getString("access_token");
  }

  static HttpResponse<String> requestToken(String username, String password)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    return post("/api/v1/auth/token", body, "application/json", null);
  }

  /**
   * Replaces a first or reset password, which gets no token, with one the person chooses; returns
   * the chosen one.
   */
  static String chooseOwnPassword(String username, String given)
      throws IOException, InterruptedException {
    String chosen = "own password " + java.util.UUID.randomUUID();
    HttpResponse<String> changed =
        post(
            "/api/v1/auth/password",
            Json.createObjectBuilder()
                .add("username", username)
                .add("currentPassword", given)
                .add("newPassword", chosen)
                .build()
                .toString(),
            "application/json",
            null);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    return chosen;
  }

  static HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> put(String path, String yaml, String token)
      throws IOException, InterruptedException {
    return put(path, yaml, "application/yaml", token);
  }

  static HttpResponse<String> put(String path, String body, String type, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        request(path, token)
            .header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body, String type, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        request(path, token)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TrayflowServer.baseUrl() + path))
            .timeout(Duration.ofSeconds(30));
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  static JsonObject json(HttpResponse<String> response) {
    return TenantApiIT.json(response);
  }
}
