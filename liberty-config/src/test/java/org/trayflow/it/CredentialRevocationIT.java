package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials stop at once (decision 0014), through two app instances (the server's and a second
 * copy of the WAR with its own CDI container and Redisson client): after revoking a client,
 * deactivating a person, changing their roles or resetting their password, the old token is refused
 * by the instance that made the change on the very next request and by the other within the
 * measured bound, with Redis carrying the news or not. Each bound measured is printed.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialRevocationIT {

  /** What the issue allows ("within seconds"); the poll alone makes it about one. */
  private static final Duration BOUND = Duration.ofSeconds(3);

  @Deployment(testable = false)
  static WebArchive secondInstance() {
    return TrayflowWar.asAnotherInstance("revocation");
  }

  @ArquillianResource URL secondInstance;

  @Test
  void a_deactivated_persons_token_is_refused_on_both_instances() throws Exception {
    Hospital hospital = new Hospital(RushTenant.register("revoke-person", 600));
    String token = hospital.personWithToken("leaving-porter", "STAFF");
    assertThat(hospital.orders(first(), token)).isEqualTo(200);
    assertThat(hospital.orders(second(), token)).isEqualTo(200);

    assertThat(
            hospital
                .admin("POST", "/people/leaving-porter@" + hospital.slug() + "/deactivation", "")
                .statusCode())
        .isEqualTo(200);

    assertThat(hospital.orders(first(), token))
        .as("the instance that deactivated them, next request")
        .isEqualTo(401);
    assertRefusedWithin(() -> hospital.orders(second(), token), "deactivation, other instance");
    HttpResponse<String> refused = hospital.ordersResponse(second(), token);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(refused.body()).contains("sign-in-ended").doesNotContain("leaving-porter");
  }

  @Test
  void a_role_change_and_a_password_reset_end_the_tokens_issued_before() throws Exception {
    Hospital hospital = new Hospital(RushTenant.register("revoke-roles", 600));
    String before = hospital.personWithToken("moving-nurse", "STAFF");
    String username = "moving-nurse@" + hospital.slug();
    assertThat(hospital.kitchen(first(), before)).as("not a kitchen manager yet").isEqualTo(403);

    assertThat(
            hospital
                .admin("PUT", "/people/" + username + "/roles", "{\"roles\":[\"KITCHEN_MANAGER\"]}")
                .statusCode())
        .isEqualTo(200);
    assertThat(hospital.orders(first(), before)).isEqualTo(401);
    assertRefusedWithin(() -> hospital.orders(second(), before), "role change, other instance");

    HttpResponse<String> reset =
        hospital.admin("POST", "/people/" + username + "/password-reset", "");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    String newPassword =
        Api.chooseOwnPassword(username, Api.json(reset).getString("firstPassword"));
    String after = Api.json(Api.requestToken(username, newPassword)).getString("access_token");
    assertThat(hospital.kitchen(second(), after))
        .as("a token under the new credentials, with the new roles")
        .isEqualTo(200);

    assertThat(hospital.admin("POST", "/people/" + username + "/password-reset", "").statusCode())
        .isEqualTo(200);
    assertRefusedWithin(() -> hospital.kitchen(second(), after), "password reset, other instance");
  }

  @Test
  void a_revoked_api_clients_token_is_refused_even_while_redis_carries_nothing() throws Exception {
    Hospital hospital = new Hospital(RushTenant.register("revoke-client", 600));
    HttpResponse<String> registered =
        hospital.admin("POST", "/api-clients", "{\"name\":\"Ward tablets\",\"roles\":[\"STAFF\"]}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String clientId = Api.json(registered).getString("clientId");
    String secret = Api.json(registered).getString("clientSecret");
    HttpResponse<String> issued =
        Api.HTTP.send(
            HttpRequest.newBuilder(URI.create(first() + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id="
                            + clientId
                            + "&client_secret="
                            + secret))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = Api.json(issued).getString("access_token");
    assertThat(hospital.orders(second(), token)).isEqualTo(200);

    // Redis holds every write (PUBLISH included) for 4 s: the other instance can only learn from
    // PostgreSQL
    ServerSide.pauseRedisWrites(Duration.ofSeconds(4));
    assertThat(hospital.admin("DELETE", "/api-clients/" + clientId, "").statusCode())
        .isEqualTo(204);
    assertRefusedWithin(
        () -> hospital.orders(second(), token), "client revoked, Redis paused, other instance");
  }

  @Test
  void a_deactivated_persons_browser_session_ends_at_its_next_request() throws Exception {
    Hospital hospital = new Hospital(RushTenant.register("revoke-web", 600));
    String username = "night-cook@" + hospital.slug();
    String password =
        Api.chooseOwnPassword(username, hospital.person("night-cook", "KITCHEN_MANAGER"));
    try (Browser browser = new Browser()) {
      Page page = browser.newPage();
      LoginPage.open(page).signInSuccessfully(username, password);
      page.navigate(TrayflowServer.baseUrl() + "/kitchen/dashboard");
      page.waitForURL("**/kitchen/dashboard");

      assertThat(hospital.admin("POST", "/people/" + username + "/deactivation", "").statusCode())
          .isEqualTo(200);
      page.navigate(TrayflowServer.baseUrl() + "/kitchen/dashboard");
      // the sign-in form, in place of the dashboard
      PlaywrightAssertions.assertThat(LoginPage.shownOn(page).form()).isVisible();
      Browser.screenshot(page, "signed-out-after-deactivation");
    }
  }

  @Test
  void a_token_past_its_expiry_is_refused_once_the_accepted_clock_skew_of_30_seconds_is_over()
      throws Exception {
    Hospital hospital = new Hospital(RushTenant.register("skew", 600));
    String justExpired =
        ServerSide.tokenExpiringAt(
            Instant.now().minusSeconds(10),
            "porter@" + hospital.slug(),
            hospital.tenant().id,
            hospital.slug(),
            "STAFF");
    String longExpired =
        ServerSide.tokenExpiringAt(
            Instant.now().minusSeconds(45),
            "porter@" + hospital.slug(),
            hospital.tenant().id,
            hospital.slug(),
            "STAFF");
    assertThat(hospital.orders(first(), justExpired))
        .as("10 s past expiry, within the skew")
        .isEqualTo(200);
    assertThat(hospital.orders(first(), longExpired)).as("45 s past expiry").isEqualTo(401);
  }

  private static void assertRefusedWithin(Callable<Integer> request, String what) throws Exception {
    long started = System.nanoTime();
    int status = request.call();
    while (status != 401 && System.nanoTime() - started < BOUND.toNanos()) {
      Thread.onSpinWait();
      status = request.call();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf("credential change: %s refused after %d ms%n", what, took.toMillis());
    assertThat(status).as(what + " refused within " + BOUND).isEqualTo(401);
  }

  private String first() {
    return TrayflowServer.baseUrl();
  }

  private String second() {
    return TrayflowWar.baseUrlOf(secondInstance);
  }

  /** A test hospital with an administrator, as its API sees it. */
  private record Hospital(RushTenant tenant) {

    String slug() {
      return tenant.slug;
    }

    String adminToken() {
      return ServerSide.tokenFor("admin@" + tenant.slug, tenant.id, tenant.slug, "TENANT_ADMIN");
    }

    HttpResponse<String> admin(String method, String path, String json) throws Exception {
      HttpRequest.BodyPublisher body =
          json.isEmpty()
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(json);
      return Api.HTTP.send(
          Api.request("/api/v1/t/" + tenant.slug + path, adminToken())
              .header("Content-Type", "application/json")
              .method(method, body)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Adds a person through the API; returns their first password. */
    String person(String name, String role) throws Exception {
      HttpResponse<String> added =
          admin(
              "POST",
              "/people",
              Json.createObjectBuilder()
                  .add("username", name + "@" + tenant.slug)
                  .add("displayName", name)
                  .add("roles", Json.createArrayBuilder().add(role))
                  .build()
                  .toString());
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      return Api.json(added).getString("firstPassword");
    }

    String personWithToken(String name, String role) throws Exception {
      String password = Api.chooseOwnPassword(name + "@" + tenant.slug, person(name, role));
      HttpResponse<String> token = Api.requestToken(name + "@" + tenant.slug, password);
      assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
      return Api.json(token).getString("access_token");
    }

    int orders(String instance, String token) throws Exception {
      return ordersResponse(instance, token).statusCode();
    }

    HttpResponse<String> ordersResponse(String instance, String token) throws Exception {
      return Api.HTTP.send(
          HttpRequest.newBuilder(URI.create(instance + "/api/v1/t/" + tenant.slug + "/orders"))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    int kitchen(String instance, String token) throws Exception {
      return Api.HTTP
          .send(
              HttpRequest.newBuilder(
                      URI.create(instance + "/api/v1/t/" + tenant.slug + "/menu-items"))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }
  }
}
