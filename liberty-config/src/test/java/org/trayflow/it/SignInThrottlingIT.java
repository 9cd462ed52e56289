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
 * Sign-in over HTTP as a guesser meets it (issue 17, item 8): failures slow the next tries from the same place with
 * 429 and Retry-After, nobody's account is locked, and the client's address is the one the trusted load balancer
 * forwards (here the tests' own machine stands in for it).
 */
class SignInThrottlingIT {

  private static final String NAME = "tenant-admin@st-mungos";

  private static HttpResponse<String> token(String password, String from) throws Exception {
    String body = Json.createObjectBuilder().add("username", NAME).add("password", password).build().toString();
    return Api.HTTP.send(HttpRequest.newBuilder(URI.create(TrayflowServer.baseUrl() + "/api/v1/auth/token"))
        .header("Content-Type", "application/json").header("X-Forwarded-For", from)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String someAddress() {
    return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void a_guesser_is_slowed_with_429_and_the_person_still_signs_in_from_elsewhere() throws Exception {
    String guesser = someAddress();
    for (int attempt = 0; attempt < 5; attempt++) {
      HttpResponse<String> refused = token("guess-" + UUID.randomUUID(), guesser);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }

    HttpResponse<String> slowed = token(Browser.demoPassword(), guesser);
    assertThat(slowed.statusCode()).as(slowed.body()).isEqualTo(429);
    assertThat(slowed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(slowed.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
        assertThat(Integer.parseInt(seconds)).isBetween(1, 900));
    assertThat(slowed.body()).contains("sign-in-slowed", "Try again in").doesNotContain("access_token");

    String elsewhere;
    do {
      elsewhere = someAddress();
    } while (elsewhere.equals(guesser));
    HttpResponse<String> owner = token(Browser.demoPassword(), elsewhere);
    assertThat(owner.statusCode()).as("not locked: " + owner.body()).isEqualTo(200);
  }
}
