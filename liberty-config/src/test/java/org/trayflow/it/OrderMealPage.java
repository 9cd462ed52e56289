package org.trayflow.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The staff ordering view, as a person uses it. */
final class OrderMealPage {

  private final Page page;

  private OrderMealPage(Page page) {
    this.page = page;
  }

  static OrderMealPage open(Page page) {
    page.navigate(TrayflowServer.baseUrl() + "/order");
    return new OrderMealPage(page);
  }

  void chooseTomorrow() {
    page.locator("#order-day vaadin-tab").nth(1).click();
  }

  void deliverTo(String location) {
    page.locator("#order-location").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(location))
        .first()
        .click();
  }

  Locator standing() {
    return page.locator("#ordering-standing");
  }

  Locator dish(long item) {
    return page.locator("#dish-" + item);
  }

  Locator portionsLeft(long item) {
    return dish(item).locator(".portions-left");
  }

  void add(long item) {
    dish(item).locator(".add-dish").click();
  }

  Locator cart() {
    return page.locator("#cart-lines");
  }

  void placeOrder() {
    page.locator("#place-order").click();
  }

  Locator problem() {
    return page.locator("#order-problem");
  }

  Locator notice() {
    return page.locator("vaadin-notification-card").last();
  }

  Locator myOrders() {
    return page.locator("#my-orders .my-order");
  }

  void cancelNewestOrder() {
    myOrders().first().locator(".cancel-order").click();
    page.locator("#cancel-yes").click();
  }

  Locator confirmation() {
    return page.locator("vaadin-dialog-overlay");
  }

  /** True when nothing sticks out sideways: the page fits the phone's width. */
  boolean fitsTheScreenWidth() {
    return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
  }
}
