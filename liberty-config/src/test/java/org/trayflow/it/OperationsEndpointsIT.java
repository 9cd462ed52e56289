package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
  void an_instance_stays_ready_while_redis_does_not_answer_as_postgresql_alone_decides_checkouts()
      throws Exception {
    // Redis is shared: were every instance unready while it fails over, the load balancer would
    // have no instance left, although PostgreSQL alone keeps every checkout right (decision 0009).
    Duration pause = Duration.ofSeconds(3);
    Instant answersAgain = Instant.now().plus(pause);
    ServerSide.pauseRedis(pause);

    HttpResponse<String> response = TrayflowServer.get("/health/ready");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject redis =
        TenantApiIT.json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("redis"))
            .findFirst()
            .orElseThrow();
    assertThat(redis.getJsonObject("data").getString("redis")).isEqualTo("not answering");
    // Redis answers again before the next test
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), answersAgain).toMillis()) + 200);
  }

  @Test
  void liveness_is_up_and_tells_whether_the_servers_answer() throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/health/live");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject instance =
        TenantApiIT.json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("instance"))
            .findFirst()
            .orElseThrow();
    assertThat(instance.getJsonObject("data").getString("postgresql")).isEqualTo("answers");
    assertThat(instance.getJsonObject("data").getString("redis")).isEqualTo("answers");
  }

  @Test
  void metrics_are_exported_in_prometheus_format_to_operators_only() throws Exception {
    HttpResponse<String> response = TrayflowServer.metrics();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("# TYPE ").contains("connectionpool_");
    for (String[] stranger :
        List.of(
            new String[] {"Accept", "text/plain"},
            new String[] {
              "Authorization",
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString("trayflow-ops:guess".getBytes(StandardCharsets.UTF_8))
            })) {
      HttpResponse<String> refused = TrayflowServer.overHttps("/metrics", stranger);
      assertThat(refused.statusCode()).as(String.join(" ", stranger)).isEqualTo(401);
      assertThat(refused.body()).doesNotContain("trayflow_", "st-mungos");
    }
    HttpResponse<String> inClear =
        TrayflowServer.get("/metrics", "Authorization", ServerSide.operatorsAuthorization());
    assertThat(inClear.statusCode())
        .as("the operators' password is not taken over plain HTTP")
        .isEqualTo(403);
    assertThat(inClear.body()).doesNotContain("trayflow_");
  }

  @Test
  void the_operators_account_opens_nothing_of_the_hospitals() throws Exception {
    HttpResponse<String> people =
        TrayflowServer.get(
            "/api/v1/t/st-mungos/people", "Authorization", ServerSide.operatorsAuthorization());
    assertThat(people.statusCode()).isEqualTo(401);
  }

  @Test
  void the_api_is_described_by_openapi_for_hospitals_without_the_platforms_own_operations()
      throws Exception {
    HttpResponse<String> response = TrayflowServer.get("/openapi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("/api/v1/t/{tenant}/orders")
        .contains("Trayflow API")
        .doesNotContain("/api/v1/platform/", "/api/v1/tenants/{slug}");
  }

  @Test
  void every_operation_of_a_hospitals_path_names_the_hospital() throws Exception {
    JsonObject paths = Api.json(TrayflowServer.get("/openapi?format=JSON")).getJsonObject("paths");

    List<String> hospitalPaths =
        paths.keySet().stream().filter(path -> path.startsWith("/api/v1/t/{tenant}/")).toList();
    assertThat(hospitalPaths).contains("/api/v1/t/{tenant}/patients/{patient}");
    for (String path : hospitalPaths) {
      for (String method : List.of("get", "put", "post", "delete", "patch")) {
        JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
        if (operation != null) {
          assertThat(
                  operation.getJsonArray("parameters").stream()
                      .map(p -> p.asJsonObject())
                      .filter(p -> p.getString("in").equals("path"))
                      .map(p -> p.getString("name")))
              .as(method + " " + path)
              .contains("tenant");
        }
      }
    }
  }
}
