package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Riverside's kitchen manager plans a week in the browser and publishes it; staff then read it from
 * the API.
 */
class WeekPlannerIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_week_planned_in_the_browser_is_published_and_visible_to_staff() throws Exception {
    LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(5);
    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully("kitchen-manager@riverside", Browser.demoPassword());
    WeekPlannerPage planner = WeekPlannerPage.open(page);
    planner.openWeek("Eastgate Community Hospital", monday);

    planner.publish();
    assertThat(planner.problems()).containsText("lunch: has no dish");

    planner.planAllWeek("Lunch", "Fish pie", 75);
    assertThat(planner.grid()).containsText("Fish pie");
    assertThat(planner.portionsInCells()).hasCount(7);
    planner.changePortionsOfOneDayInPlace(80);
    Browser.screenshot(page, "week-planner");
    planner.publish();
    assertThat(planner.publishedDialog()).containsText("Version 1 is published");
    Browser.screenshot(page, "week-published");

    HttpResponse<String> menu =
        Api.get(
            "/api/v1/t/riverside/sites/eastgate/menus?week=" + monday,
            Api.tokenFor("staff@riverside"));
    assertThat(menu.statusCode()).isEqualTo(200);
    assertThat(menu.body())
        .contains("\"name\":\"Fish pie\"")
        .contains("\"plannedPortions\":75")
        .contains("\"plannedPortions\":80");
  }
}
