package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nurse orders tomorrow's lunch on her phone: the portions left, the cart, the checkout, a sold-out refusal in
 * words, and a cancellation that puts the portions back; PostgreSQL is checked after each step.
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
    assertThat(hospital.checkout(colleague, UUID.randomUUID().toString(), hospital.order(tomorrow, pie, 1))
        .statusCode()).isEqualTo(201);
    order.add(pie);
    order.placeOrder();
    assertThat(order.problem()).containsText("Not enough portions left: Shepherd's pie (0 left). Nothing was ordered.");
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
}
