package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Platform administrators register and update tenants from files, through the API and its command
 * line.
 */
class PlatformTenantsIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Path COMMAND = Path.of("..", "deploy", "bin", "trayflow-tenants");

  @Test
  void a_new_tenant_is_registered_from_its_file_and_the_same_file_again_changes_nothing()
      throws Exception {
    String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String file =
        command("export", "riverside")
            .replace("slug: riverside", "slug: " + slug)
            .replace("name: Riverside Regional Health", "name: Integration Test Hospital " + slug);
    String token = Api.tokenFor("platform-admin");

    HttpResponse<String> registered = put(slug, file, token);
    HttpResponse<String> again = put(slug, file, token);
    HttpResponse<String> list = send(request("/api/v1/platform/tenants", token).GET());

    assertThat(registered.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(TenantApiIT.json(again).getJsonArray("changes")).isEmpty();
    assertThat(list.body()).contains("Integration Test Hospital " + slug);
  }

  @Test
  void the_command_line_imports_a_changed_file_as_a_new_version() throws Exception {
    String file =
        command("export", "riverside").replace("ordersPerMinute: 6", "ordersPerMinute: 7");
    Path changed = Files.createTempFile("riverside", ".yaml");
    Files.writeString(changed, file);

    String output = command("import", changed.toString());

    assertThat(output).contains("ordering limits changed");
    assertThat(command("export", "riverside")).contains("ordersPerMinute: 7");
  }

  @Test
  void a_file_sent_for_another_slug_is_refused() throws Exception {
    String file = command("export", "riverside");

    HttpResponse<String> response = put("st-mungos", file, Api.tokenFor("platform-admin"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("but the file was sent for 'st-mungos'");
  }

  @Test
  void hospital_people_cannot_use_the_platform_api() throws Exception {
    String token = Api.tokenFor("tenant-admin@st-mungos");

    assertThat(send(request("/api/v1/platform/tenants", token).GET()).statusCode()).isEqualTo(403);
  }

  private static String command(String... arguments) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", COMMAND.toString());
    builder.command().addAll(java.util.List.of(arguments));
    builder.environment().put("TRAYFLOW_URL", TrayflowServer.baseUrl());
    builder.environment().put("TRAYFLOW_PASSWORD", Browser.demoPassword());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  private static HttpResponse<String> put(String slug, String yaml, String token)
      throws IOException, InterruptedException {
    return send(
        request("/api/v1/platform/tenants/" + slug + "/configuration", token)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
  }

  private static HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(TrayflowServer.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
