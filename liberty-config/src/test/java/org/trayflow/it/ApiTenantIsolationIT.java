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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's tenant isolation over real HTTP: a person of St Mungo's asking for anything of Riverside gets
 * 404 and none of Riverside's data, on every tenant-scoped endpoint the OpenAPI document lists.
 */
class ApiTenantIsolationIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** Values of Riverside's for each path parameter of the tenant-scoped API. */
  private static final Map<String, String> RIVERSIDE = Map.of("tenant", "riverside", "site", "eastgate");

  @Test
  void a_token_is_issued_for_the_right_password_only() throws Exception {
    HttpResponse<String> issued = requestToken("tenant-admin@st-mungos", Browser.demoPassword());
    HttpResponse<String> refused = requestToken("tenant-admin@st-mungos", "not-the-password");
    HttpResponse<String> incomplete = post("/api/v1/auth/token", "{\"username\":\"ops\"}", "application/json", null);

    assertThat(issued.statusCode()).isEqualTo(200);
    assertThat(json(issued).getString("token_type")).isEqualTo("Bearer");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).getString("type")).isEqualTo("urn:trayflow:problem:sign-in-refused");
    assertThat(incomplete.statusCode()).isEqualTo(400);
  }

  @Test
  void the_tenant_api_needs_a_token() throws Exception {
    assertThat(get("/api/v1/t/st-mungos/sites", null).statusCode()).isEqualTo(401);
  }

  @Test
  void a_person_reads_their_own_tenants_sites() throws Exception {
    HttpResponse<String> response = get("/api/v1/t/st-mungos/sites", tokenFor("staff@st-mungos"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("St Mungo's Central Hospital").doesNotContain("Eastgate");
  }

  @Test
  void every_tenant_scoped_endpoint_answers_404_for_another_tenant() throws Exception {
    String token = tokenFor("tenant-admin@st-mungos");
    List<String> checked = new ArrayList<>();
    for (String template : tenantScopedGetPaths()) {
      String path = fill(template);
      HttpResponse<String> response = get(path, token);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("Eastgate").doesNotContain("Riverside Regional");
      checked.add(path);
    }
    assertThat(checked).as("tenant-scoped endpoints found in /openapi").hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void another_tenants_site_is_not_found_through_ones_own_tenant_either() throws Exception {
    HttpResponse<String> response = get("/api/v1/t/st-mungos/sites/eastgate", tokenFor("tenant-admin@st-mungos"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getString("type")).isEqualTo("urn:trayflow:problem:site-not-found");
  }

  @Test
  void a_role_without_the_right_is_refused() throws Exception {
    assertThat(get("/api/v1/t/st-mungos/configuration", tokenFor("staff@st-mungos")).statusCode()).isEqualTo(403);
  }

  @Test
  void a_configuration_file_is_exported_and_imported_through_the_api() throws Exception {
    String token = tokenFor("tenant-admin@riverside");
    String exported = get("/api/v1/t/riverside/configuration", token).body();

    HttpResponse<String> same = put("/api/v1/t/riverside/configuration", exported, token);
    HttpResponse<String> broken = put("/api/v1/t/riverside/configuration",
        exported.replace("scheme: us-9", "scheme: us-10"), token);

    assertThat(exported).contains("slug: riverside");
    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(json(same).getJsonArray("changes")).isEmpty();
    assertThat(broken.statusCode()).isEqualTo(422);
    assertThat(json(broken).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("allergenPolicy.scheme");
  }

  @Test
  void an_api_client_gets_tokens_for_its_own_tenant_until_it_is_revoked() throws Exception {
    String admin = tokenFor("tenant-admin@st-mungos");
    HttpResponse<String> registered = post("/api/v1/t/st-mungos/api-clients",
        "{\"name\":\"Ward tablets\",\"roles\":[\"STAFF\"]}", "application/json", admin);
    assertThat(registered.statusCode()).isEqualTo(201);
    String clientId = json(registered).getString("clientId");
    String secret = json(registered).getString("clientSecret");

    HttpResponse<String> issued = clientToken(clientId, secret);
    assertThat(issued.statusCode()).isEqualTo(200);
    String clientToken = json(issued).getString("access_token");
    assertThat(get("/api/v1/t/st-mungos/sites", clientToken).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/t/riverside/sites", clientToken).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/t/st-mungos/api-clients", admin).body()).contains(clientId).doesNotContain(secret);
    assertThat(clientToken(clientId, secret + "x").statusCode()).isEqualTo(401);

    HttpResponse<String> revoked = HTTP.send(request("/api/v1/t/st-mungos/api-clients/" + clientId, admin)
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(clientToken(clientId, secret).statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> clientToken(String clientId, String secret)
      throws IOException, InterruptedException {
    return post("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret,
        "application/x-www-form-urlencoded", null);
  }

  private static List<String> tenantScopedGetPaths() throws IOException, InterruptedException {
    JsonObject paths = json(TrayflowServer.get("/openapi", "Accept", "application/json")).getJsonObject("paths");
    return paths.keySet().stream()
        .filter(path -> path.startsWith("/api/v1/t/{tenant}"))
        .filter(path -> paths.getJsonObject(path).containsKey("get"))
        .sorted()
        .toList();
  }

  private static String fill(String template) {
    String path = template;
    for (Map.Entry<String, String> parameter : RIVERSIDE.entrySet()) {
      path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
    }
    assertThat(path).as("every path parameter has a value of Riverside's").doesNotContain("{");
    return path;
  }

  static String tokenFor(String username) throws IOException, InterruptedException {
    HttpResponse<String> response = requestToken(username, Browser.demoPassword());
    assertThat(response.statusCode()).as("token for " + username).isEqualTo(200);
    return json(response).getString("access_token");
  }

  private static HttpResponse<String> requestToken(String username, String password)
      throws IOException, InterruptedException {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    return post("/api/v1/auth/token", body, "application/json", null);
  }

  private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> put(String path, String yaml, String token)
      throws IOException, InterruptedException {
    return HTTP.send(request(path, token).header("Content-Type", "application/yaml")
        .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body, String type, String token)
      throws IOException, InterruptedException {
    return HTTP.send(request(path, token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TrayflowServer.baseUrl() + path))
        .timeout(Duration.ofSeconds(30));
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return TenantApiIT.json(response);
  }
}
