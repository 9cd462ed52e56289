package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Sign-in over HTTP as a guesser meets it: failures slow the next tries from the same place with
 * 429 and Retry-After, nobody's account is locked, and the client's address is the one the trusted
 * load balancer forwards (here the tests' own machine stands in for it).
 */
class SignInThrottlingIT {

  private static final String NAME = "tenant-admin@st-mungos";

  private static HttpResponse<String> token(String password, String from) throws Exception {
    return tokenFor(NAME, password, from);
  }

  private static String someAddress() {
    return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void a_guesser_is_slowed_with_429_and_the_person_still_signs_in_from_elsewhere()
      throws Exception {
    String guesser = someAddress();
    for (int attempt = 0; attempt < 5; attempt++) {
      HttpResponse<String> refused = token("guess-" + UUID.randomUUID(), guesser);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }

    HttpResponse<String> slowed = token(Browser.demoPassword(), guesser);
    assertThat(slowed.statusCode()).as(slowed.body()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(slowed.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 900));
    assertThat(slowed.body())
        .contains("sign-in-slowed", "Try again in")
        .doesNotContain("access_token");

    String elsewhere;
    do {
      elsewhere = someAddress();
    } while (elsewhere.equals(guesser));
    HttpResponse<String> owner = token(Browser.demoPassword(), elsewhere);
    assertThat(owner.statusCode()).as("not locked: " + owner.body()).isEqualTo(200);
  }

  @Test
  void an_administrator_lets_a_slowed_person_try_again_at_once() throws Exception {
    String nurse = "slowed-" + UUID.randomUUID().toString().substring(0, 8) + "@st-mungos";
    String admin = Api.tokenFor("tenant-admin@st-mungos");
    HttpResponse<String> added =
        Api.post(
            "/api/v1/t/st-mungos/people",
            Json.createObjectBuilder()
                .add("username", nurse)
                .add("displayName", "Slowed Nurse")
                .add("roles", Json.createArrayBuilder().add("STAFF"))
                .build()
                .toString(),
            "application/json",
            admin);
    String password = Api.chooseOwnPassword(nurse, Api.json(added).getString("firstPassword"));
    String ward = someAddress();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(tokenFor(nurse, "guess-" + UUID.randomUUID(), ward).statusCode()).isEqualTo(401);
    }
    assertThat(tokenFor(nurse, password, ward).statusCode())
        .as("slowed from the ward")
        .isEqualTo(429);

    HttpResponse<String> forgiven =
        Api.HTTP.send(
            Api.request("/api/v1/t/st-mungos/people/" + nurse + "/failed-sign-ins", admin)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forgiven.statusCode()).as(forgiven.body()).isEqualTo(204);

    assertThat(tokenFor(nurse, password, ward).statusCode())
        .as("at once, from the same ward")
        .isEqualTo(200);
  }

  private static HttpResponse<String> tokenFor(String name, String password, String from)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", name)
            .add("password", password)
            .build()
            .toString();
    return Api.HTTP.send(
        HttpRequest.newBuilder(URI.create(TrayflowServer.baseUrl() + "/api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", from)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
