package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health, metrics and the API description, as operators and load balancers see them. */
class OperationsEndpointsIT {

  @Test
  void readiness_reports_postgresql_and_redis_up() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = TenantApiIT.json(response);
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .filteredOn(check -> check.getString("status").equals("UP"))
        .extracting(check -> check.getString("name"))
        .contains("postgresql", "redis");
  }

  @Test
  void liveness_is_up_and_tells_whether_the_servers_answer() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/health/live");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject instance = TenantApiIT.json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> check.getString("name").equals("instance"))
        .findFirst()
        .orElseThrow();
    assertThat(instance.getJsonObject("data").getString("postgresql")).isEqualTo("answers");
    assertThat(instance.getJsonObject("data").getString("redis")).isEqualTo("answers");
  }

  @Test
  void metrics_are_exported_in_prometheus_format() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/metrics", "Accept", "text/plain");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("# TYPE ").contains("connectionpool_");
  }

  @Test
  void the_api_is_described_by_openapi() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/tenants/{slug}").contains("Trayflow API");
  }
}
