package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nurse orders tomorrow's lunch on her phone: the portions left, the cart, the checkout, a
 * sold-out refusal in words, and a cancellation that puts the portions back; PostgreSQL is checked
 * after each step.
 */
class StaffOrderingIT {

  private static RushTenant hospital;
  private final Browser browser = new Browser();

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("ui-order", 30);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_nurse_orders_tomorrows_lunch_on_her_phone_and_cancels_it() throws Exception {
    LocalDate tomorrow = LocalDate.now(RushTenant.ZONE).plusDays(1);
    long pie = hospital.offerDish("Shepherd's pie", 3, tomorrow);
    String nurse = "aroha@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Aroha Ngata", null, "STAFF");

    Page phone = browser.newPhonePage();
    LoginPage.open(phone).signInSuccessfully(nurse, Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(phone);
    order.chooseTomorrow();
    order.deliverTo("Ward 1");
    String day = tomorrow.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK));
    assertThat(order.standing()).containsText("Lunch, " + day + ": open for orders until 11:00");
    assertThat(order.portionsLeft(pie)).hasText("3 left");

    order.add(pie);
    order.add(pie);
    assertThat(order.cart()).containsText("2 × Shepherd's pie");
    assertThat(order.cart()).containsText("To Ward 1");
    assertThat(order.fitsTheScreenWidth()).as("no sideways scrolling on a phone").isTrue();
    Browser.screenshot(phone, "staff-ordering-phone-cart");

    order.placeOrder();
    assertThat(order.notice()).containsText("Ordered: 2 × Shepherd's pie");
    assertThat(order.myOrders()).hasCount(1);
    assertThat(order.myOrders().first()).containsText("Placed");
    assertThat(order.portionsLeft(pie)).hasText("1 left");
    assertThat(hospital.orderedInStore(pie, tomorrow)).isEqualTo(2);

    // someone else takes the last portion while the nurse's screen still shows one left
    String colleague = hospital.staff("colleague");
    assertThat(
            hospital
                .checkout(colleague, UUID.randomUUID().toString(), hospital.order(tomorrow, pie, 1))
                .statusCode())
        .isEqualTo(201);
    order.add(pie);
    order.placeOrder();
    assertThat(order.problem())
        .containsText("Not enough portions left: Shepherd's pie (0 left). Nothing was ordered.");
    assertThat(order.portionsLeft(pie)).hasText("Sold out");
    assertThat(order.cart()).containsText("Nothing yet");
    assertThat(order.myOrders()).hasCount(1);
    assertThat(hospital.orderedInStore(pie, tomorrow)).isEqualTo(3);
    Browser.screenshot(phone, "staff-ordering-phone-sold-out");

    order.cancelNewestOrder();
    assertThat(order.myOrders().first()).containsText("Cancelled");
    assertThat(order.confirmation()).isHidden();
    assertThat(order.portionsLeft(pie)).hasText("2 left");
    assertThat(hospital.orderedInStore(pie, tomorrow)).isEqualTo(1);
    Browser.screenshot(phone, "staff-ordering-phone-cancelled");
  }

  @Test
  void a_session_that_ends_under_the_page_says_so_and_signing_in_brings_back_the_page_and_the_cart()
      throws Exception {
    LocalDate tomorrow = LocalDate.now(RushTenant.ZONE).plusDays(1);
    long soup = hospital.offerDish("Leek soup", 5, tomorrow);
    String nurse = "mere@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Mere Tane", null, "STAFF");

    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully(nurse, Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(page);
    order.chooseTomorrow();
    order.deliverTo("Ward 1");
    order.add(soup);
    order.add(soup);
    assertThat(order.cart()).containsText("2 × Leek soup");

    // her account changes while the page is open (a new role), which ends the session under it
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    HttpResponse<String> roles =
        Api.HTTP.send(
            Api.request("/api/v1/t/" + hospital.slug + "/people/" + nurse + "/roles", admin)
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"roles\":[\"STAFF\",\"WARD_STAFF\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(roles.statusCode()).as(roles.body()).isEqualTo(200);
    order.add(soup);

    assertThat(page.locator("#session-ended")).containsText("You were signed out");
    Browser.screenshot(page, "session-ended");
    LoginPage.shownOn(page).signIn(nurse, Browser.demoPassword());
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/order$"));
    assertThat(order.cart()).containsText("2 × Leek soup");
    assertThat(page.locator("vaadin-notification-card"))
        .containsText("Your cart is as you left it");
    Browser.screenshot(page, "session-ended-cart-kept");
    order.placeOrder();
    assertThat(
            page.locator(
                "vaadin-notification-card",
                new Page.LocatorOptions().setHasText("Ordered: 2 × Leek soup")))
        .isVisible();
    assertThat(hospital.orderedInStore(soup, tomorrow)).isEqualTo(2);
  }
}
