package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the server's own OpenAPI document, sent malformed path values, query values,
 * bodies and headers by a caller who holds every hospital role of a tenant of its own. Whatever is
 * sent, the answer is not a 5xx; a 4xx is problem+json; and no body shows a stack trace, a class
 * name or SQL. Bounded in requests and time; the requests are the same on every run, and the first
 * failures are listed with what was sent.
 *
 * <p>One answer is Liberty's and not Trayflow's: a path with an encoded control character or a bad
 * escape is refused by Liberty's web container before any application sees it, with a one-line 400
 * in its own words (no stack trace). That is counted and printed apart; it is a known limit
 * (decision 0017, docs/operations.md).
 */
class OpenApiFuzzIT {

  private static final int MOST_REQUESTS = 4000;
  private static final Duration MOST_TIME = Duration.ofMinutes(3);

  /**
   * Where the fuzzer's requests say they come from, so that its failed sign-ins slow nobody else.
   */
  private static final String FUZZER = "192.0.2.99";

  private static final List<String> BAD_SEGMENTS =
      List.of(
          "%00",
          "%2e%2e",
          "%2f",
          "-999999999-01-01",
          "99999999999999999999",
          "-1",
          "1.5",
          "%ed%a0%80",
          "x".repeat(400),
          "%25zz",
          "%20",
          "%0d%0aX-Injected:%201");
  private static final List<String> BAD_QUERY_VALUES =
      List.of(
          "%00",
          "-999999999-01-01",
          "2026-02-30",
          "4294967297",
          "1.5",
          "-2147483649",
          "%ed%a0%80",
          "x".repeat(2000),
          "",
          "true%00",
          "%ff%fe");
  private static final List<String> BAD_VALUES =
      List.of(
          "null",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "1.5",
          "4294967297",
          "-4294967297",
          "1e400",
          "\"-999999999-01-01\"",
          "[null]",
          "{}",
          "[]",
          "true",
          "\"" + "x".repeat(5000) + "\"",
          "{\"a\":[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}",
          "\"2026-13-45\"");
  private static final List<String> BAD_BODIES =
      List.of(
          "",
          "{",
          "null",
          "[]",
          "\"x\"",
          "{\"\\u0000\":1}",
          "\u0000",
          "{\"a\":1e999999}",
          "[".repeat(5000),
          "<xml/>",
          "{\"lines\":[{\"item\":1,\"quantity\":1}]}");
  private static final List<String[]> BAD_HEADERS =
      List.of(
          new String[] {"Content-Type", ";;;garbage"},
              new String[] {"Content-Type", "application/json; charset=EBCDIC"},
          new String[] {"Accept", "garbage/%%%"}, new String[] {"Accept", "text/html"},
          new String[] {"Idempotency-Key", "\u00ff\u00fe"},
              new String[] {"X-Correlation-Id", "<script>"});

  /** What leaks internals: stack frames, exception and framework class names, SQL. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|\\tat |at org\\.|at java\\.|org\\.hibernate"
              + "|org\\.postgresql|com\\.ibm|io\\.openliberty|org\\.trayflow\\.|SRVE\\d|CWW[A-Z]{2}\\d|\\bSQL\\b|SQLSTATE");

  /** Liberty's refusal of a path it cannot decode, before any application (see above). */
  private static final Pattern LIBERTY_URI_CHECK =
      Pattern.compile("^(\\{\"error_message\" : \"|<H1>)CWWWC0005I: ");

  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new LinkedHashMap<>();
  private int sent;
  private int refusedByLiberty;
  private Instant giveUpAt;

  @Test
  void no_request_of_any_shape_answers_5xx_or_shows_internals() throws Exception {
    RushTenant hospital = RushTenant.register("fuzz", 600);
    String token =
        ServerSide.tokenFor(
            "fuzz@" + hospital.slug,
            hospital.id,
            hospital.slug,
            "STAFF",
            "WARD_STAFF",
            "DIETITIAN",
            "KITCHEN_MANAGER",
            "TENANT_ADMIN");
    JsonObject document = Api.json(TrayflowServer.get("/openapi", "Accept", "application/json"));
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    giveUpAt = Instant.now().plus(MOST_TIME);
    int operations = 0;
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
        if (!List.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
          continue;
        }
        operations++;
        fuzz(
            path.getKey(),
            method.getKey().toUpperCase(),
            method.getValue().asJsonObject(),
            schemas,
            hospital.slug,
            token);
      }
    }
    System.out.printf(
        "OpenAPI fuzz: %d operations, %d requests, answers by status %s, of which %d refused by"
            + " Liberty's URI check%n",
        operations, sent, statuses, refusedByLiberty);
    assertThat(operations).as("operations in /openapi").isGreaterThan(30);
    assertThat(failures).as("first of %d bad answers", failures.size()).isEmpty();
  }

  private void fuzz(
      String template,
      String method,
      JsonObject operation,
      JsonObject schemas,
      String tenant,
      String token)
      throws Exception {
    String valid = template.replace("{tenant}", tenant).replaceAll("\\{[^}]+}", "1");
    List<String> queries = queryNames(operation);
    String validQuery = String.join("&", queries.stream().map(q -> q + "=1").toList());
    Map<String, String> fields = exampleFields(operation, schemas);
    String body = json(fields);

    send(method, valid, validQuery, body, token);
    Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
    while (parameter.find()) {
      for (String bad : BAD_SEGMENTS) {
        String path =
            (template.substring(0, parameter.start()) + bad + template.substring(parameter.end()))
                .replace("{tenant}", tenant)
                .replaceAll("\\{[^}]+}", "1");
        send(method, path, validQuery, body, token);
      }
    }
    for (String query : queries) {
      for (String bad : BAD_QUERY_VALUES) {
        send(method, valid, validQuery.replace(query + "=1", query + "=" + bad), body, token);
      }
    }
    if (!method.equals("GET") && !method.equals("DELETE")) {
      for (String bad : BAD_BODIES) {
        send(method, valid, validQuery, bad, token);
      }
      for (String field : fields.keySet()) {
        for (String bad : BAD_VALUES) {
          Map<String, String> changed = new LinkedHashMap<>(fields);
          changed.put(field, bad);
          send(method, valid, validQuery, json(changed), token);
        }
      }
    }
    for (String[] header : BAD_HEADERS) {
      send(method, valid, validQuery, body, token, header);
    }
  }

  private static List<String> queryNames(JsonObject operation) {
    if (!operation.containsKey("parameters")) {
      return List.of();
    }
    return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("in", "").equals("query"))
        .map(p -> p.getString("name"))
        .toList();
  }

  private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
    if (!operation.containsKey("requestBody")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
    JsonObject json =
        content.containsKey("application/json") ? content.getJsonObject("application/json") : null;
    if (json == null || !json.containsKey("schema")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject schema = json.getJsonObject("schema");
    if (schema.containsKey("$ref")) {
      String name =
          schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
      schema = schemas.getJsonObject(name);
    }
    return schema == null ? JsonValue.EMPTY_JSON_OBJECT : schema;
  }

  /**
   * The operation's body fields with plain values (as JSON text), for a malformed one to stand
   * among.
   */
  private static Map<String, String> exampleFields(JsonObject operation, JsonObject schemas) {
    Map<String, String> fields = new LinkedHashMap<>();
    JsonObject schema = bodySchema(operation, schemas);
    if (schema.containsKey("properties")) {
      for (Map.Entry<String, JsonValue> field : schema.getJsonObject("properties").entrySet()) {
        String type =
            field.getValue().getValueType() == JsonValue.ValueType.OBJECT
                ? field.getValue().asJsonObject().getString("type", "string")
                : "string";
        fields.put(
            field.getKey(),
            switch (type) {
              case "integer", "number" -> "1";
              case "boolean" -> "false";
              case "array" -> "[]";
              case "object" -> "{}";
              default -> "\"main\"";
            });
      }
    }
    return fields;
  }

  private static String json(Map<String, String> fields) {
    StringBuilder body = new StringBuilder("{");
    fields.forEach(
        (name, value) ->
            body.append(body.length() > 1 ? "," : "")
                .append(Json.createValue(name))
                .append(':')
                .append(value));
    return body.append('}').toString();
  }

  private void send(
      String method, String path, String query, String body, String token, String... header)
      throws Exception {
    if (sent >= MOST_REQUESTS || Instant.now().isAfter(giveUpAt)) {
      return;
    }
    sent++;
    String uri = TrayflowServer.baseUrl() + path + (query.isEmpty() ? "" : "?" + query);
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(uri));
    } catch (IllegalArgumentException notAUri) {
      // a value the client library will not send as it is: send it escaped instead
      request =
          HttpRequest.newBuilder(
              URI.create(
                  TrayflowServer.baseUrl()
                      + path.replace("%", "%25")
                      + (query.isEmpty()
                          ? ""
                          : "?" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
    }
    request
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("X-Forwarded-For", FUZZER)
        .header("Content-Type", "application/json")
        .method(
            method,
            body == null || method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    if (header.length == 2) {
      try {
        request.setHeader(header[0], header[1]);
      } catch (IllegalArgumentException refusedByClient) {
        return;
      }
    }
    HttpResponse<String> answer;
    try {
      answer = Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException closedWithoutAnswer) {
      failures.add(
          method
              + " "
              + uri
              + " "
              + String.join(": ", header)
              + " -> no answer: "
              + closedWithoutAnswer);
      return;
    }
    statuses.merge(answer.statusCode(), 1, Integer::sum);
    if (answer.statusCode() == 400
        && LIBERTY_URI_CHECK.matcher(answer.body()).find()
        && !answer.body().contains("Exception")) {
      refusedByLiberty++;
      return;
    }
    String why = whyBad(answer);
    if (why != null && failures.size() < 25) {
      failures.add(
          method
              + " "
              + abbreviated(uri)
              + " "
              + String.join(": ", header)
              + " body "
              + abbreviated(body)
              + " -> "
              + answer.statusCode()
              + " "
              + why
              + ": "
              + abbreviated(answer.body()));
    }
  }

  private static String whyBad(HttpResponse<String> answer) {
    if (answer.statusCode() >= 500) {
      return "a server error";
    }
    if (answer.statusCode() >= 400
        && !answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json")) {
      return "not problem+json ("
          + answer.headers().firstValue("Content-Type").orElse("no type")
          + ")";
    }
    if (answer.statusCode() >= 400 && INTERNALS.matcher(answer.body()).find()) {
      return "internals shown";
    }
    return null;
  }

  private static String abbreviated(String text) {
    return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}
