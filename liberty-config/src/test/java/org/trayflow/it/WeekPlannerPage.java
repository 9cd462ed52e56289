package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;

/** The kitchen manager's week planner, as a person uses it. */
final class WeekPlannerPage {

  private final Page page;

  private WeekPlannerPage(Page page) {
    this.page = page;
  }

  static WeekPlannerPage open(Page page) {
    page.navigate(TrayflowServer.baseUrl() + "/kitchen/planner");
    return new WeekPlannerPage(page);
  }

  void openWeek(String siteName, LocalDate monday) {
    choose("#planner-site", siteName);
    Locator week = page.locator("#planner-week input");
    week.fill(Browser.typed(page, monday));
    week.press("Enter");
    page.locator("#open-week").click();
    assertThat(page.locator("h3")).containsText("week of");
  }

  void planAllWeek(String meal, String dish, int portions) {
    choose("#planner-meal", meal);
    Locator dishInput = page.locator("#planner-dish input");
    dishInput.fill(dish);
    page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(dish))
        .first()
        .click();
    page.locator("#planner-portions input").fill(String.valueOf(portions));
    page.locator("#plan-dish").click();
  }

  /** Changes, in its cell, the portions of the first planned dish the grid shows. */
  void changePortionsOfOneDayInPlace(int portions) {
    Locator field = portionsInCells().first().locator("input");
    field.fill(String.valueOf(portions));
    field.press("Enter");
  }

  Locator portionsInCells() {
    return page.locator("#planner .planner-cell vaadin-integer-field");
  }

  void publish() {
    page.locator("#publish").click();
  }

  Locator grid() {
    return page.locator("#planner");
  }

  Locator problems() {
    return page.locator("#publish-problems");
  }

  Locator publishedDialog() {
    return page.locator("vaadin-dialog-overlay");
  }

  private void choose(String select, String item) {
    page.locator(select).click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
  }
}
