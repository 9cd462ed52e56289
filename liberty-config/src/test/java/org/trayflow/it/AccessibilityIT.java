package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every view, as the role that works in it opens it, at a desk (and those used on the move, on a
 * phone too), checked by axe-core against WCAG 2.2 AA: no serious or critical violation. And the
 * keyboard's path through ordering: the skip link first, past the navigation to the main region, a
 * dish added and the order placed without a mouse.
 */
class AccessibilityIT {

  /** The views of each demo role at St Mungo's (platform staff have no hospital). */
  private static final Map<String, List<String>> VIEWS =
      Map.of(
          "staff@st-mungos", List.of("/order", "/inbox", "/notification-settings", "/password"),
          "ward-staff@st-mungos", List.of("/ward"),
          "dietitian@st-mungos", List.of("/dietitian"),
          "kitchen-manager@st-mungos",
              List.of("/kitchen/dashboard", "/kitchen/planner", "/kitchen/dishes"),
          "tenant-admin@st-mungos",
              List.of(
                  "/my-hospital",
                  "/sites",
                  "/meal-periods",
                  "/configuration",
                  "/people",
                  "/audit-log",
                  "/dead-letters"),
          "platform-admin", List.of("/hospitals"),
          "ops", List.of("/ops"));

  /** Views people use on a phone, checked at that size too. */
  private static final List<String> ON_PHONES = List.of("/order", "/inbox", "/ward");

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void no_view_has_a_serious_or_critical_wcag_violation_at_a_desk_or_on_a_phone() {
    List<String> found = new ArrayList<>();
    for (boolean phone : List.of(false, true)) {
      Page login = phone ? browser.newPhonePage() : browser.newPage();
      login.navigate(TrayflowServer.baseUrl() + "/login");
      login.locator("vaadin-login-form").waitFor();
      Accessibility.seriousViolations(login)
          .forEach(v -> found.add((phone ? "phone " : "desk ") + "/login: " + v));
      for (var role : VIEWS.entrySet()) {
        if (phone && role.getValue().stream().noneMatch(ON_PHONES::contains)) {
          continue;
        }
        Page page = phone ? browser.newPhonePage() : browser.newPage();
        LoginPage.open(page).signInSuccessfully(role.getKey(), Browser.demoPassword());
        for (String path : role.getValue()) {
          if (phone && !ON_PHONES.contains(path)) {
            continue;
          }
          page.navigate(TrayflowServer.baseUrl() + path);
          page.locator("#main-content > *").first().waitFor();
          page.waitForLoadState();
          Accessibility.seriousViolations(page)
              .forEach(v -> found.add((phone ? "phone " : "desk ") + path + ": " + v));
        }
        page.context().close();
      }
    }
    assertThat(found).as("serious and critical WCAG 2.2 AA violations").isEmpty();
  }

  @Test
  void a_person_orders_with_the_keyboard_alone_from_the_skip_link_to_the_placed_order()
      throws Exception {
    RushTenant hospital = RushTenant.register("keys", 60);
    LocalDate tomorrow = LocalDate.now(RushTenant.ZONE).plusDays(1);
    long soup = hospital.offerDish("Kumara soup", 5, tomorrow);
    String person = "rangi@" + hospital.slug;
    hospital.addPersonWithDemoPassword(person, "Rangi Parata", null, "STAFF");
    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully(person, Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(page);
    order.chooseTomorrow();
    assertThat(order.dish(soup)).isVisible();

    // the keyboard starts again from the top of the page, as after loading it
    page.mouse().click(2, 2);
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Skip to main content");
    assertThat(page.locator(".skip-link")).isInViewport();
    page.keyboard().press("Enter");
    assertThat(page.locator("#main-content")).isFocused();

    tabUntil(page, "#dish-" + soup + " .add-dish");
    page.keyboard().press("Enter");
    assertThat(order.cart()).containsText("1 × Kumara soup");
    tabUntil(page, "#place-order");
    page.keyboard().press("Enter");
    assertThat(order.notice()).containsText("Ordered: 1 × Kumara soup");
    assertThat(hospital.orderedInStore(soup, tomorrow)).isEqualTo(1);
  }

  /** Presses Tab until the element is focused, as a keyboard user moves through the page. */
  private static void tabUntil(Page page, String selector) {
    for (int presses = 0; presses < 60; presses++) {
      page.keyboard().press("Tab");
      if ((Boolean)
          page.evaluate(
              "s => { const e = document.querySelector(s);"
                  + " return e !== null && (e === document.activeElement || e.contains(document.activeElement)); }",
              selector)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + selector);
  }
}
