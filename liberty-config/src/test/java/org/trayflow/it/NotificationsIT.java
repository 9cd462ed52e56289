package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hospital's own wording of a notification, checked when written and used when sent. */
class NotificationsIT {

  @Test
  void a_hospitals_own_wording_replaces_trayflows_and_unknown_placeholders_are_refused()
      throws Exception {
    RushTenant hospital = RushTenant.register("wording", 60, "00:00", "00:01");
    long dish = hospital.offerDish("Boil-up", 10);
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    String templates = hospital.base() + "/notification-templates/order-confirmed/en";

    HttpResponse<String> unknown =
        put(templates, "{\"subject\":\"Kia ora {nurse}\",\"body\":\"\"}", admin);
    HttpResponse<String> own =
        put(
            templates,
            "{\"subject\":\"Kia ora, your {meal} on {day} is booked\","
                + "\"body\":\"{lines} to {location}.\"}",
            admin);
    String nurse = "tui@" + hospital.slug;
    assertThat(
            hospital
                .checkout(
                    ServerSide.tokenFor(nurse, hospital.id, hospital.slug, "STAFF"),
                    UUID.randomUUID().toString(),
                    hospital.order(dish, 1))
                .statusCode())
        .isEqualTo(201);
    Jobs.runToEnd("notification-drain");

    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body())
        .contains("{nurse} is not a placeholder")
        .contains("\"field\":\"body\"");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(Api.get(hospital.base() + "/notification-templates", admin).body())
        .contains("\"kind\":\"order-confirmed\",\"language\":\"en\",\"own\":true");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from inbox_item where recipient = ? and subject like"
                    + " 'Kia ora, your Lunch on %' and body = '1 × Boil-up to Ward 1.'",
                nurse))
        .isEqualTo(1);
    assertThat(
            Api.get(hospital.base() + "/notification-templates", hospital.staff("tui"))
                .statusCode())
        .isEqualTo(403);
  }

  private static HttpResponse<String> put(String path, String json, String token) throws Exception {
    return Api.HTTP.send(
        Api.request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
