package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once answered 500 or were silently cut, sent to a real server: each is now a 400
 * problem+json naming its field, without a stack trace, and nothing is written.
 */
class HostileInputIT {

  private static RushTenant hospital;
  private static long dish;

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("hostile", 600);
    dish = hospital.offerDish("Plain rice", 50, hospital.lunchDay, "");
  }

  private static HttpResponse<String> checkout(String body) throws Exception {
    return hospital.checkout(hospital.staff("eve"), UUID.randomUUID().toString(), body);
  }

  private static String order(String site, String quantity) {
    return "{\"site\":\""
        + site
        + "\",\"serviceDate\":\""
        + hospital.lunchDay
        + "\",\"mealPeriod\":\"lunch\","
        + "\"location\":\"cafe\",\"lines\":[{\"item\":"
        + dish
        + ",\"quantity\":"
        + quantity
        + "}]}";
  }

  /** A 400 problem+json naming this field, in words and not in stack traces. */
  private static void refusedAt(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(response);
    assertThat(
            problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .contains(field);
    assertThat(response.body()).doesNotContain("org.trayflow", "Exception", "at java.", "SQL");
  }

  @Test
  void characters_that_are_not_text_are_refused_in_bodies_and_queries() throws Exception {
    refusedAt(checkout(order("main\\u0000", "1")), "site");
    refusedAt(checkout(order("\\ud800main", "1")), "site");
    refusedAt(Api.get(hospital.base() + "/menu-items?q=rice%00", hospital.kitchen), "q");
    HttpResponse<String> nullRole =
        Api.post(
            hospital.base() + "/people",
            "{\"username\":\"n@" + hospital.slug + "\",\"displayName\":\"N\",\"roles\":[null]}",
            "application/json",
            ServerSide.tokenFor(
                "admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN"));
    refusedAt(nullRole, "roles[0]");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from user_account where username = ?", "n@" + hospital.slug))
        .isZero();
  }

  @Test
  void numbers_are_exact_or_refused_and_dates_lie_in_trayflows_years() throws Exception {
    for (String quantity : List.of("1.5", "4294967297", "-4294967295")) {
      refusedAt(checkout(order("main", quantity)), "lines[0].quantity");
    }
    HttpResponse<String> twoLines =
        checkout(
            order("main", "20")
                .replace(
                    "}]}",
                    "},{\"item\":"
                        + dish
                        + ",\"quantity\":20},{\"item\":"
                        + dish
                        + ",\"quantity\":20}]}"));
    assertThat(twoLines.statusCode())
        .as("three lines of 20 of one dish: one order of 60, refused whole")
        .isEqualTo(422);
    assertThat(twoLines.body()).contains("at most 20 portions of one dish");
    HttpResponse<String> level =
        Api.post(
            hospital.base() + "/menu-items",
            "{\"name\":\"Odd level\",\"category\":"
                + "\"Main\",\"portionSize\":\"1\",\"price\":1,\"iddsiLevel\":4294967301}",
            "application/json",
            hospital.kitchen);
    refusedAt(level, "iddsiLevel");
    HttpResponse<String> portions =
        Api.HTTP.send(
            Api.request(hospital.base() + "/sites/main/menus/drafts/1/dishes", hospital.kitchen)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mealPeriod\":\"lunch\",\"itemId\":"
                            + dish
                            + ",\"portions\":4294967301,\"allWeek\":true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    refusedAt(portions, "portions");
    refusedAt(
        checkout(order("main", "1").replace(hospital.lunchDay.toString(), "-999999999-01-01")),
        "serviceDate");
    HttpResponse<String> farDay =
        Api.get(
            hospital.base() + "/sites/main/production?date=-999999999-01-01" + "&mealPeriod=lunch",
            hospital.kitchen);
    assertThat(farDay.statusCode()).as(farDay.body()).isEqualTo(422);
    assertThat(farDay.body()).contains("not-a-date", "from 1900 to 2199");
    assertThat(ServerSide.queryLong("select count(*) from orders where tenant_id = ?", hospital.id))
        .as("nothing ordered")
        .isZero();
  }

  @Test
  void a_menu_is_not_published_below_what_is_already_ordered() throws Exception {
    RushTenant kitchen = RushTenant.register("belowordered", 600);
    long pie = kitchen.offerDish("Fish pie", 10, kitchen.lunchDay, "");
    HttpResponse<String> five =
        kitchen.checkout(
            kitchen.staff("ana"),
            UUID.randomUUID().toString(),
            kitchen.order(kitchen.lunchDay, pie, 5, "cafe"));
    assertThat(five.statusCode()).as(five.body()).isEqualTo(201);

    String drafts = kitchen.base() + "/sites/main/menus/drafts";
    HttpResponse<String> draft =
        Api.post(
            drafts + "?week=" + kitchen.lunchDay.with(java.time.DayOfWeek.MONDAY),
            "",
            "text/plain",
            kitchen.kitchen);
    long id = Api.json(draft).getJsonNumber("id").longValue();
    HttpResponse<String> fewer =
        Api.HTTP.send(
            Api.request(drafts + "/" + id + "/dishes", kitchen.kitchen)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mealPeriod\":"
                            + "\"lunch\",\"itemId\":"
                            + pie
                            + ",\"portions\":3,\"allWeek\":true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(fewer.statusCode()).as(fewer.body()).isEqualTo(200);
    HttpResponse<String> published =
        Api.post(drafts + "/" + id + "/publish", "", "text/plain", kitchen.kitchen);

    assertThat(published.statusCode()).as(published.body()).isEqualTo(409);
    assertThat(published.body())
        .contains(
            "planned-below-ordered",
            "Fish pie: 5 already ordered, 3 planned",
            "days[" + kitchen.lunchDay + "].lunch");
    assertThat(
            ServerSide.queryLong(
                "select planned from slot_quota where tenant_id = ? and menu_item_id = ?"
                    + " and service_date = ?",
                kitchen.id,
                pie,
                kitchen.lunchDay))
        .as("the plan of record stays")
        .isEqualTo(10);
  }

  @Test
  void a_name_longer_than_trayflow_keeps_is_refused_before_the_database() throws Exception {
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    HttpResponse<String> longName =
        Api.post(
            hospital.base() + "/api-clients",
            "{\"name\":\"" + "x".repeat(201) + "\",\"roles\":[\"RECORD_SYSTEM\"]}",
            "application/json",
            admin);

    assertThat(longName.statusCode()).as(longName.body()).isEqualTo(400);
    assertThat(longName.body()).contains("\"name\"").doesNotContain("Exception", "SQL", "varying");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from api_client where tenant_id = ?", hospital.id))
        .isZero();

    HttpResponse<String> noName =
        Api.post(
            hospital.base() + "/api-clients",
            "{\"roles\":[\"RECORD_SYSTEM\"]}",
            "application/json",
            admin);
    assertThat(noName.statusCode()).as(noName.body()).isEqualTo(400);
    assertThat(noName.body())
        .as("in words for the person, not the developer")
        .contains("must be filled in")
        .doesNotContain("must not be");
  }
}
