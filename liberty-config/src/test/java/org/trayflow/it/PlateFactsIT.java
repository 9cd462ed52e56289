package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a person sees of a dish where they choose it, in a US hospital that charges its staff:
 * dishes in the kitchen's course order, each with its description, texture and nutrition label
 * (sodium in mg, as US labels declare it), allergens in the US names, a running total of price and
 * nutrients in the cart, and filters by allergen and diet. Desktop, tablet and phone.
 */
class PlateFactsIT {

  private static RushTenant hospital;
  private static List<Long> dishes;
  private final Browser browser = new Browser();

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("plate", 60);
    hospital.reconfigure(
        file ->
            file.replace(
                    "payment: {mode: free, currency: NZD}",
                    "payment: {mode: allowance, currency: USD, dailyAllowance: 12.50}")
                .replace("scheme: eu-14", "scheme: us-9")
                .replace("mealPeriods:", "courses: [Soup, Main, Dessert]\nmealPeriods:"));
    dishes =
        hospital.offerDishes(
            List.of(
                dish(
                    "Apple crumble",
                    "Dessert",
                    "2.10",
                    "Baked apples under an oat crumble.",
                    "[\"cereals-containing-gluten\",\"milk\"]",
                    "[]",
                    "[\"vegetarian\"]",
                    null,
                    "{\"energyKcal\":310,\"proteinG\":3.2,\"fatG\":12.0,\"saturatedFatG\":6.1,"
                        + "\"carbohydrateG\":48.0,\"sugarsG\":30.2,\"fibreG\":2.5,\"saltG\":0.2}"),
                dish(
                    "Lentil soup",
                    "Soup",
                    "1.90",
                    "Red lentils, carrot and cumin, blended smooth.",
                    "[\"celery\"]",
                    "[\"sesame\"]",
                    "[\"vegan\"]",
                    "3",
                    "{\"energyKcal\":180,\"proteinG\":9.4,\"fatG\":3.0,\"saturatedFatG\":0.4,"
                        + "\"carbohydrateG\":27.0,\"sugarsG\":4.0,\"fibreG\":6.2,\"saltG\":0.575}"),
                dish(
                    "Beef stew",
                    "Main",
                    "5.25",
                    "Slow-cooked beef with root vegetables.",
                    "[]",
                    "[]",
                    "[]",
                    null,
                    "{\"energyKcal\":540,\"proteinG\":36.0}")),
            40,
            LocalDate.now(RushTenant.ZONE).plusDays(1));
  }

  private static String dish(
      String name,
      String category,
      String price,
      String description,
      String allergens,
      String mayContain,
      String diets,
      String iddsi,
      String nutrition) {
    return "{\"name\":\""
        + name
        + "\",\"category\":\""
        + category
        + "\",\"portionSize\":\"1 bowl\",\"price\":"
        + price
        + ",\"description\":\""
        + description
        + "\",\"allergens\":"
        + allergens
        + ",\"mayContain\":"
        + mayContain
        + ",\"dietTags\":"
        + diets
        + (iddsi == null ? "" : ",\"iddsiLevel\":" + iddsi)
        + ",\"nutrition\":"
        + nutrition
        + "}";
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private OrderMealPage ordering(Page page, String who) throws Exception {
    String person = who + "@" + hospital.slug;
    hospital.addPersonWithDemoPassword(person, "Dana Reyes", null, "STAFF");
    LoginPage.open(page).signInSuccessfully(person, Browser.demoPassword());
    OrderMealPage order = OrderMealPage.open(page);
    order.chooseTomorrow();
    order.deliverTo("Ward 1");
    return order;
  }

  @Test
  void a_dish_shows_what_is_on_the_plate_in_the_hospitals_words_and_the_cart_adds_it_up()
      throws Exception {
    long crumble = dishes.get(0);
    long soup = dishes.get(1);
    long stew = dishes.get(2);
    Page page = browser.newPage();
    OrderMealPage order = ordering(page, "dana");

    assertThat(page.locator(".dish-choice .dish-name"))
        .containsText(new String[] {"Lentil soup", "Beef stew", "Apple crumble"});
    assertThat(order.dish(soup)).containsText("Red lentils, carrot and cumin, blended smooth.");
    assertThat(order.dish(soup)).containsText("$1.90");
    assertThat(order.dish(soup)).containsText("IDDSI 3 liquidised");
    assertThat(order.dish(soup).locator(".dish-allergens"))
        .hasText("Contains: Celery · May contain: Sesame");
    assertThat(order.dish(crumble).locator(".dish-allergens")).hasText("Contains: Wheat, Milk");
    assertThat(order.dish(soup).locator(".nutrition-label"))
        .containsText("180 kcal · 9.4 g protein");
    order.dish(soup).locator(".nutrition-label vaadin-details-summary").click();
    assertThat(order.dish(soup).locator(".nutrition-table")).containsText("of which saturates");
    assertThat(order.dish(soup).locator(".nutrition-table")).containsText("0.4 g");
    assertThat(order.dish(soup).locator(".nutrition-table")).containsText("Fibre");
    assertThat(order.dish(soup).locator(".nutrition-table")).containsText("Sodium");
    assertThat(order.dish(soup).locator(".nutrition-table")).containsText("230 mg");
    assertThat(order.dish(soup).locator(".nutrition-table")).not().containsText("Salt");
    Browser.screenshot(page, "plate-facts-desktop");

    order.add(soup);
    order.add(stew);
    order.add(stew);
    assertThat(page.locator("#cart-totals .cart-price")).hasText("Total: $12.40");
    assertThat(page.locator("#cart-totals .cart-account")).containsText("$12.50 left of $12.50.");
    order.add(crumble);
    assertThat(page.locator("#cart-totals .cart-past-means"))
        .hasText(
            "This order costs $14.50, more than the $12.50 you can spend that day."
                + " Take something out to order.");
    assertThat(page.locator("#place-order")).isDisabled();
    page.locator("#place-order").scrollIntoViewIfNeeded();
    Browser.screenshot(page, "plate-facts-past-allowance-desktop");
    page.getByLabel("One less Apple crumble").click();
    assertThat(page.locator("#cart-totals .cart-past-means")).hasCount(0);
    assertThat(page.locator("#place-order")).isEnabled();
    assertThat(page.locator("#cart-totals"))
        .containsText("This order: 1,260 kcal · 81.4 g protein");
    page.locator("#cart-totals vaadin-details-summary").click();
    // the stew has no fibre figure, so the order's is not known
    assertThat(page.locator("#cart-totals .nutrition-table")).containsText("not known");
    Browser.screenshot(page, "plate-facts-cart-desktop");

    page.locator("#filter-allergens input").fill("Sesame");
    page.locator("vaadin-multi-select-combo-box-item")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sesame"))
        .click();
    page.locator("#filter-allergens input").press("Escape");
    assertThat(order.dish(soup)).hasCount(0);
    assertThat(page.locator("#dishes-hidden")).hasText("1 dish is left out by your choices above.");
    // what is already in the cart stays there
    assertThat(order.cart()).containsText("1 × Lentil soup");
    page.locator("#filter-diet").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("vegetarian"))
        .first()
        .click();
    assertThat(page.locator(".dish-choice .dish-name")).hasText(new String[] {"Apple crumble"});
    Browser.screenshot(page, "plate-facts-filtered-desktop");
  }

  @Test
  void the_same_facts_read_on_a_phone_and_a_tablet_without_sideways_scrolling() throws Exception {
    long soup = dishes.get(1);
    for (Page page : List.of(browser.newPhonePage(), browser.newTabletPage())) {
      boolean phone = page.viewportSize().width < 500;
      OrderMealPage order = ordering(page, phone ? "phone" : "tablet");
      order.dish(soup).locator(".nutrition-label vaadin-details-summary").click();
      assertThat(order.dish(soup).locator(".nutrition-table")).containsText("230 mg");
      order.add(soup);
      assertThat(page.locator("#cart-totals .cart-price")).hasText("Total: $1.90");
      assertThat(order.fitsTheScreenWidth()).as("no sideways scrolling").isTrue();
      Browser.screenshot(page, "plate-facts-" + (phone ? "phone" : "tablet"));
    }
  }
}
