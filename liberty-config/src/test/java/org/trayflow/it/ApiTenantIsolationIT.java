package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API's tenant isolation over real HTTP: a person of St Mungo's asking for anything of
 * Riverside gets 404 and none of Riverside's data, on every tenant-scoped endpoint the OpenAPI
 * document lists.
 */
class ApiTenantIsolationIT {

  /** Values of Riverside's for each path parameter of the tenant-scoped API. */
  @Test
  void a_token_is_issued_for_the_right_password_only() throws Exception {
    HttpResponse<String> issued =
        Api.requestToken("tenant-admin@st-mungos", Browser.demoPassword());
    HttpResponse<String> refused = Api.requestToken("tenant-admin@st-mungos", "not-the-password");
    HttpResponse<String> incomplete =
        Api.post("/api/v1/auth/token", "{\"username\":\"ops\"}", "application/json", null);

    assertThat(issued.statusCode()).isEqualTo(200);
    assertThat(Api.json(issued).getString("token_type")).isEqualTo("Bearer");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(Api.json(refused).getString("type"))
        .isEqualTo("urn:trayflow:problem:sign-in-refused");
    assertThat(incomplete.statusCode()).isEqualTo(400);
  }

  @Test
  void the_tenant_api_needs_a_token() throws Exception {
    assertThat(Api.get("/api/v1/t/st-mungos/sites", null).statusCode()).isEqualTo(401);
  }

  @Test
  void a_person_reads_their_own_tenants_sites() throws Exception {
    HttpResponse<String> response =
        Api.get("/api/v1/t/st-mungos/sites", Api.tokenFor("staff@st-mungos"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("St Mungo's Central Hospital").doesNotContain("Eastgate");
  }

  @Test
  void every_tenant_scoped_endpoint_answers_404_for_another_tenant() throws Exception {
    String token = Api.tokenFor("tenant-admin@st-mungos");
    Map<String, String> riverside =
        Map.of(
            "tenant",
            "riverside",
            "site",
            "eastgate",
            "item",
            riversideDish(),
            "location",
            "icu",
            "ward",
            "icu",
            "order",
            "1",
            "patient",
            String.valueOf(
                ServerSide.queryLong(
                    "select min(p.id) from patient p join tenant t on t.id = p.tenant_id where t.slug = 'riverside'")),
            "username",
            "staff@riverside",
            "version",
            "1");
    List<String> checked = new ArrayList<>();
    for (String template : tenantScopedGetPaths()) {
      String path =
          fill(template, riverside) + (template.endsWith("/menus") ? "?week=" + thisMonday() : "");
      HttpResponse<String> response = Api.get(path, token);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("Eastgate")
          .doesNotContain("Riverside Regional");
      checked.add(path);
    }
    assertThat(checked)
        .as("tenant-scoped endpoints found in /openapi")
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void another_tenants_site_is_not_found_through_ones_own_tenant_either() throws Exception {
    HttpResponse<String> response =
        Api.get("/api/v1/t/st-mungos/sites/eastgate", Api.tokenFor("tenant-admin@st-mungos"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Api.json(response).getString("type"))
        .isEqualTo("urn:trayflow:problem:site-not-found");
  }

  @Test
  void another_tenants_dish_and_menu_are_not_found_through_ones_own_tenant_either()
      throws Exception {
    String kitchen = Api.tokenFor("kitchen-manager@st-mungos");

    HttpResponse<String> dish =
        Api.get("/api/v1/t/st-mungos/menu-items/" + riversideDish(), kitchen);
    HttpResponse<String> menu =
        Api.get("/api/v1/t/st-mungos/sites/eastgate/menus?week=" + thisMonday(), kitchen);

    assertThat(dish.statusCode()).isEqualTo(404);
    assertThat(Api.json(dish).getString("type"))
        .isEqualTo("urn:trayflow:problem:menu-item-not-found");
    assertThat(menu.statusCode()).isEqualTo(404);
    assertThat(menu.body()).doesNotContain("dishes");
  }

  @Test
  void a_role_without_the_right_is_refused() throws Exception {
    assertThat(
            Api.get("/api/v1/t/st-mungos/configuration", Api.tokenFor("staff@st-mungos"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_configuration_file_is_exported_and_imported_through_the_api() throws Exception {
    String token = Api.tokenFor("tenant-admin@riverside");
    String exported = Api.get("/api/v1/t/riverside/configuration", token).body();

    HttpResponse<String> same = Api.put("/api/v1/t/riverside/configuration", exported, token);
    HttpResponse<String> broken =
        Api.put(
            "/api/v1/t/riverside/configuration",
            exported.replace("scheme: us-9", "scheme: us-10"),
            token);

    assertThat(exported).contains("slug: riverside");
    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(Api.json(same).getJsonArray("changes")).isEmpty();
    assertThat(broken.statusCode()).isEqualTo(422);
    assertThat(Api.json(broken).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("allergenPolicy.scheme");
  }

  @Test
  void an_api_client_gets_tokens_for_its_own_tenant_until_it_is_revoked() throws Exception {
    String admin = Api.tokenFor("tenant-admin@st-mungos");
    HttpResponse<String> registered =
        Api.post(
            "/api/v1/t/st-mungos/api-clients",
            "{\"name\":\"Ward tablets\",\"roles\":[\"STAFF\"]}",
            "application/json",
            admin);
    assertThat(registered.statusCode()).isEqualTo(201);
    String clientId = Api.json(registered).getString("clientId");
    String secret = Api.json(registered).getString("clientSecret");

    HttpResponse<String> issued = clientToken(clientId, secret);
    assertThat(issued.statusCode()).isEqualTo(200);
    String clientToken = Api.json(issued).getString("access_token");
    assertThat(Api.get("/api/v1/t/st-mungos/sites", clientToken).statusCode()).isEqualTo(200);
    assertThat(Api.get("/api/v1/t/riverside/sites", clientToken).statusCode()).isEqualTo(404);
    assertThat(Api.get("/api/v1/t/st-mungos/api-clients", admin).body())
        .contains(clientId)
        .doesNotContain(secret);
    assertThat(clientToken(clientId, secret + "x").statusCode()).isEqualTo(401);

    HttpResponse<String> revoked =
        Api.HTTP.send(
            Api.request("/api/v1/t/st-mungos/api-clients/" + clientId, admin).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(clientToken(clientId, secret).statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> clientToken(String clientId, String secret)
      throws IOException, InterruptedException {
    return Api.post(
        "/api/v1/auth/token",
        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret,
        "application/x-www-form-urlencoded",
        null);
  }

  private static List<String> tenantScopedGetPaths() throws IOException, InterruptedException {
    JsonObject paths =
        Api.json(TrayflowServer.get("/openapi", "Accept", "application/json"))
            .getJsonObject("paths");
    return paths.keySet().stream()
        .filter(path -> path.startsWith("/api/v1/t/{tenant}"))
        .filter(path -> paths.getJsonObject(path).containsKey("get"))
        .sorted()
        .toList();
  }

  private static String riversideDish() throws IOException, InterruptedException {
    HttpResponse<String> dishes =
        Api.get("/api/v1/t/riverside/menu-items", Api.tokenFor("kitchen-manager@riverside"));
    return String.valueOf(
        jakarta.json.Json.createReader(new java.io.StringReader(dishes.body()))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());
  }

  private static java.time.LocalDate thisMonday() {
    return java.time.LocalDate.now().with(java.time.DayOfWeek.MONDAY);
  }

  private static String fill(String template, Map<String, String> riverside) {
    String path = template;
    for (Map.Entry<String, String> parameter : riverside.entrySet()) {
      path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
    }
    assertThat(path).as("every path parameter has a value of Riverside's").doesNotContain("{");
    return path;
  }
}
