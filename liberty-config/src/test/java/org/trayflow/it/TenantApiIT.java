package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The platform's tenant API and the problem documents of its failures, over real HTTP. */
class TenantApiIT {

  private static String platformStaff() throws Exception {
    return "Bearer " + Api.tokenFor("ops");
  }

  @Test
  void the_tenant_api_is_for_signed_in_platform_staff_only() throws Exception {
    HttpResponse<String> anonymous = TrayflowServer.get("/api/v1/tenants/st-mungos");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(json(anonymous).getString("type")).isEqualTo("urn:trayflow:problem:not-signed-in");
    assertThat(
            TrayflowServer.get(
                    "/api/v1/tenants/st-mungos",
                    "Authorization",
                    "Bearer " + Api.tokenFor("tenant-admin@riverside"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_demo_tenant_is_served_with_its_sites() throws Exception {
    HttpResponse<String> response =
        TrayflowServer.get("/api/v1/tenants/st-mungos", "Authorization", platformStaff());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject tenant = json(response);
    assertThat(tenant.getString("name")).isEqualTo("St Mungo's Hospitals NHS Trust");
    assertThat(tenant.getString("timeZone")).isEqualTo("Europe/London");
    assertThat(tenant.getJsonArray("sites").getValuesAs(JsonObject.class))
        .extracting(site -> site.getString("slug"))
        .containsExactly("central", "riverside-wing");
  }

  @Test
  void an_unknown_tenant_is_a_404_problem_with_a_correlation_id() throws Exception {
    HttpResponse<String> response =
        TrayflowServer.get("/api/v1/tenants/no-such-hospital", "Authorization", platformStaff());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:trayflow:problem:tenant-not-found");
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).contains("no-such-hospital");
    assertThat(problem.getString("correlationId"))
        .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
  }

  @Test
  void a_malformed_slug_is_a_400_problem_naming_the_field() throws Exception {
    HttpResponse<String> response =
        TrayflowServer.get("/api/v1/tenants/Not_A_Slug", "Authorization", platformStaff());

    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject problem = json(response);
    assertThat(problem.getString("type")).isEqualTo("urn:trayflow:problem:invalid-input");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("slug");
  }

  @Test
  void a_path_that_does_not_exist_is_a_404_problem_too() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/api/v1/no-such-resource");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getString("type")).isEqualTo("urn:trayflow:problem:not-found");
  }

  @Test
  void a_callers_correlation_id_is_kept() throws Exception {
    HttpResponse<String> response =
        TrayflowServer.get(
            "/api/v1/tenants/no-such-hospital",
            "X-Correlation-Id",
            "ward-7-tablet-0042",
            "Authorization",
            platformStaff());

    assertThat(json(response).getString("correlationId")).isEqualTo("ward-7-tablet-0042");
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
