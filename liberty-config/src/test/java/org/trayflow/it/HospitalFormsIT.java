package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Riverside's administrator changes meal periods and sites in forms; problems show next to their
 * fields.
 */
class HospitalFormsIT {

  private final Browser browser = new Browser();
  private Page page;

  @BeforeEach
  void signInAsTheAdministratorOfRiverside() {
    page = browser.newPage();
    LoginPage.open(page).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_cut_off_after_the_service_starts_is_shown_next_to_the_cut_off_and_nothing_changes() {
    page.navigate(TrayflowServer.baseUrl() + "/meal-periods");
    row("#meal-periods", "Lunch").click();
    time("#meal-cut-off-at", "15:45");
    page.locator("#save-meal").click();

    assertThat(page.locator("#meal-cut-off")).containsText("must not be after the service starts");
    Browser.screenshot(page, "meal-period-problem");
    page.navigate(TrayflowServer.baseUrl() + "/my-hospital");
    assertThat(page.locator("#meal-periods")).not().containsText("same day at 15:45");
  }

  @Test
  void a_changed_meal_period_is_in_force_at_once() {
    int portions = ThreadLocalRandom.current().nextInt(501, 599);
    page.navigate(TrayflowServer.baseUrl() + "/meal-periods");
    row("#meal-periods", "Lunch").click();
    // the hospital's 24-hour clock, whatever the browser's language
    assertThat(page.locator("#meal-served-to input")).hasValue("13:30");
    page.locator("#meal-portions input").fill(String.valueOf(portions));
    page.locator("#save-meal").click();

    assertThat(page.locator("vaadin-notification-card")).containsText("meal period lunch changed");
    assertThat(page.locator("#meal-periods")).containsText(String.valueOf(portions));
  }

  @Test
  void a_new_ward_appears_on_its_site_and_a_duplicate_short_name_is_refused_next_to_it() {
    String ward = "ward-" + ThreadLocalRandom.current().nextInt(1000, 9999);
    page.navigate(TrayflowServer.baseUrl() + "/sites");
    editMainCampus();
    addLocation(ward, "Ward " + ward);
    page.locator("#save-site").click();
    assertThat(page.locator("vaadin-notification-card")).containsText("is in force");
    assertThat(page.locator("#sites")).containsText("Ward " + ward);

    editMainCampus();
    addLocation(ward, "Another " + ward);
    page.locator("#save-site").click();
    assertThat(page.locator("#site-locations vaadin-text-field.location-slug").last())
        .containsText("is used by another location of this site");
    Browser.screenshot(page, "site-problem");
  }

  private void editMainCampus() {
    row("#sites", "Riverside Main Campus").click();
    assertThat(page.locator("#site-slug input")).hasValue("main-campus");
  }

  private void addLocation(String slug, String name) {
    Locator rows = page.locator("#site-locations vaadin-text-field.location-slug");
    int before = rows.count();
    page.locator("#add-location").click();
    assertThat(rows).hasCount(before + 1);
    page.locator("#site-locations vaadin-text-field.location-slug input").last().fill(slug);
    page.locator("#site-locations vaadin-text-field.location-name input").last().fill(name);
    assertThat(page.locator("#site-locations vaadin-select.location-kind").last())
        .containsText("ward");
  }

  private Locator row(String grid, String text) {
    return page.locator(
            grid + " vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
        .first();
  }

  private void time(String picker, String value) {
    Locator input = page.locator(picker + " input");
    input.fill(value);
    input.press("Enter");
  }
}
