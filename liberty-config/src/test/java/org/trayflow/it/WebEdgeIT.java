package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web edge as a browser and an attacker meet it: the same protective headers on every response,
 * HSTS over HTTPS, a session cookie scripts and other sites cannot use, and the container's own
 * errors in Trayflow's words, with no stack trace or class name.
 */
class WebEdgeIT {

  /** A sign-in page, an API answer, a container error, an operations endpoint. */
  private static final List<String> PATHS =
      List.of(
          "/login",
          "/api/v1/t/st-mungos/sites",
          "/api/%2e%2e",
          "/VAADIN/../WEB-INF/web.xml",
          "/health/ready");

  private static void hasProtectiveHeaders(HttpResponse<String> response) {
    String where = response.request().uri().toString();
    assertThat(response.headers().firstValue("X-Content-Type-Options"))
        .as(where)
        .hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .as(where)
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
    assertThat(response.headers().firstValue("X-Powered-By")).as(where).isEmpty();
  }

  @Test
  void every_response_carries_the_protective_headers_and_hsts_goes_out_over_https_only()
      throws Exception {
    for (String path : PATHS) {
      HttpResponse<String> plain = TrayflowServer.get(path);
      hasProtectiveHeaders(plain);
      assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
      HttpResponse<String> secure = TrayflowServer.overHttps(path);
      hasProtectiveHeaders(secure);
      assertThat(secure.headers().firstValue("Strict-Transport-Security"))
          .as(path)
          .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
    }
  }

  @Test
  void the_session_cookie_is_for_this_site_and_not_for_scripts() throws Exception {
    String cookie =
        TrayflowServer.get("/login").headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
  }

  @Test
  void the_containers_own_errors_speak_problem_json_on_the_api_and_a_page_elsewhere()
      throws Exception {
    for (String path : List.of("/api/%2e%2e", "/api/%2f", "/api/%2e%2e/v1/t/st-mungos/sites")) {
      HttpResponse<String> api = TrayflowServer.get(path);
      assertThat(api.statusCode()).as(path).isEqualTo(400);
      assertThat(api.headers().firstValue("Content-Type"))
          .as(path)
          .hasValue("application/problem+json");
      assertThat(api.body())
          .as(path)
          .contains("\"status\":400")
          .doesNotContain("Exception", "ibm", "at ");
    }
    HttpResponse<String> page =
        TrayflowServer.get("/VAADIN/../WEB-INF/web.xml", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("There is no such page in Trayflow", "Back to your start page")
        .doesNotContain("Exception", "SRVE", "WEB-INF", "web-app");
  }
}
