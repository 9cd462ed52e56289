package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same edit made by several people in the same instant, with real parallel requests: one wins,
 * each other one gets the result or a 409 problem+json, never a 500, and PostgreSQL holds exactly
 * one of what was made.
 */
class ConcurrentEditsIT {

  private static final int AT_ONCE = 6;

  private static RushTenant hospital;
  private static long rice;

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("together", 600);
    rice = hospital.offerDish("Steamed rice", 50, hospital.lunchDay, "");
  }

  private static String drafts() {
    return hospital.base() + "/sites/main/menus/drafts";
  }

  /** Every answer a success or a 409 problem in words, at least one success. */
  private static void oneWinsTheOthersHearWhy(List<HttpResponse<String>> answers) {
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201, 409);
      if (answer.statusCode() == 409) {
        assertThat(answer.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception", "SQL", "org.");
      }
    }
    assertThat(answers).anySatisfy(answer -> assertThat(answer.statusCode()).isIn(200, 201));
  }

  private static long draftsOfWeek(LocalDate monday) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from weekly_menu where tenant_id = ? and week_start = ?"
            + " and status = 'DRAFT'",
        hospital.id,
        monday);
  }

  @Test
  void two_drafts_of_one_week_started_at_once_make_one_draft() throws Exception {
    LocalDate monday = hospital.lunchDay.with(DayOfWeek.MONDAY).plusWeeks(5);
    List<HttpResponse<String>> answers =
        AllAtOnce.run(
            AT_ONCE,
            i -> () -> Api.post(drafts() + "?week=" + monday, "", "text/plain", hospital.kitchen));
    oneWinsTheOthersHearWhy(answers);
    assertThat(draftsOfWeek(monday)).isEqualTo(1);
  }

  @Test
  void one_dish_planned_on_one_draft_at_once_is_planned_once() throws Exception {
    LocalDate monday = hospital.lunchDay.with(DayOfWeek.MONDAY).plusWeeks(6);
    long draft =
        Api.json(Api.post(drafts() + "?week=" + monday, "", "text/plain", hospital.kitchen))
            .getJsonNumber("id")
            .longValue();
    List<HttpResponse<String>> answers =
        AllAtOnce.run(
            AT_ONCE,
            i ->
                () ->
                    Api.HTTP.send(
                        Api.request(drafts() + "/" + draft + "/dishes", hospital.kitchen)
                            .header("Content-Type", "application/json")
                            .PUT(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"mealPeriod\":\"lunch\",\"itemId\":"
                                        + rice
                                        + ",\"portions\":"
                                        + (10 + i)
                                        + ",\"allWeek\":true}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()));
    oneWinsTheOthersHearWhy(answers);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from menu_offer where weekly_menu_id = ? and menu_item_id = ?",
                draft,
                rice))
        .as("one row a day of the week")
        .isEqualTo(7);
  }

  @Test
  void the_cycle_carried_forward_twice_at_once_makes_each_week_once() throws Exception {
    LocalDate from = hospital.lunchDay.with(DayOfWeek.MONDAY);
    List<HttpResponse<String>> answers =
        AllAtOnce.run(
            AT_ONCE,
            i ->
                () ->
                    Api.post(
                        drafts() + "/cycle?from=" + from + "&cycleWeeks=1&weeksAhead=3",
                        "",
                        "text/plain",
                        hospital.kitchen));
    oneWinsTheOthersHearWhy(answers);
    for (int week = 1; week <= 3; week++) {
      assertThat(draftsOfWeek(from.plusWeeks(week))).as("week %d", week).isEqualTo(1);
    }
  }

  @Test
  void one_configuration_imported_twice_at_once_is_one_version_each() throws Exception {
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    String file = Api.get(hospital.base() + "/configuration", admin).body();
    long before =
        ServerSide.queryLong(
            "select count(*) from tenant_configuration where tenant_id = ?", hospital.id);
    List<HttpResponse<String>> answers =
        AllAtOnce.run(
            AT_ONCE,
            i ->
                () ->
                    Api.HTTP.send(
                        Api.request(hospital.base() + "/configuration", admin)
                            .header("Content-Type", "application/yaml")
                            .PUT(
                                HttpRequest.BodyPublishers.ofString(
                                    file.replace(
                                        "name: Rush Test Hospital",
                                        "name: Rush Test Hospital " + i)))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()));
    oneWinsTheOthersHearWhy(answers);
    long won = answers.stream().filter(answer -> answer.statusCode() == 200).count();
    assertThat(
            ServerSide.queryLong(
                "select count(*) from tenant_configuration where tenant_id = ?", hospital.id))
        .as("one version for each import that was answered 200")
        .isEqualTo(before + won);
  }
}
