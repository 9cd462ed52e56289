package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In the browser: the unread badge, the inbox that reads it away, a person's choice of channels
 * kept, and an administrator sending an undelivered message again.
 */
class NotificationsUiIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void the_inbox_badge_the_settings_and_the_undelivered_messages() throws Exception {
    RushTenant hospital = RushTenant.register("inbox", 60, "00:00", "00:01");
    String nurse = "hine@" + hospital.slug;
    String admin = "admin@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Hine Rawiri", null, "STAFF");
    hospital.addPersonWithDemoPassword(admin, "Ana Admin", null, "TENANT_ADMIN");
    // staff before the menu: its publication is for those on staff when the drain sends it
    long dish = hospital.offerDish("Kumara soup", 10);
    assertThat(
            hospital
                .checkout(
                    ServerSide.tokenFor(nurse, hospital.id, hospital.slug, "STAFF"),
                    UUID.randomUUID().toString(),
                    hospital.order(dish, 1))
                .statusCode())
        .isEqualTo(201);
    Jobs.runToEnd("notification-drain");

    Page page = browser.newPage();
    LoginPage.open(page).signInSuccessfully(nurse, Browser.demoPassword());
    assertThat(page.locator("#unread-badge")).hasText("2");
    Browser.screenshot(page, "inbox-badge");
    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Inbox")).click();
    assertThat(page.locator("#inbox-items")).containsText("Your Lunch on");
    assertThat(page.locator("#inbox-items")).containsText("1 × Kumara soup");
    assertThat(page.locator("#inbox-items")).containsText("The menu for the week of");
    Browser.screenshot(page, "inbox");
    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Notifications"))
        .click();
    assertThat(page.locator("#unread-badge")).hasCount(0);

    page.locator("#contact-email input").fill("not an address");
    page.locator("#save-contact").click();
    assertThat(page.locator("#contact-email")).containsText("is not an e-mail address");
    page.locator("#contact-email input").fill("hine@inbox.example");
    page.locator("#contact-language").click();
    page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Français"))
        .click();
    page.locator("#save-contact").click();
    // the page comes back in French, and says there that the choice was saved
    assertThat(page.locator("vaadin-notification-card").last()).containsText("Enregistré.");
    assertThat(page.locator("h2")).hasText("Notifications");
    assertThat(page.locator("#save-contact")).hasText("Enregistrer");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from user_account where username = ?"
                    + " and email = 'hine@inbox.example' and language = 'fr'",
                nurse))
        .isEqualTo(1);
    Browser.screenshot(page, "notification-settings");

    page.locator("#email-order-confirmed input").uncheck();
    assertThat(storedChoice(nurse)).as("kept once the server has the tick").isEqualTo(1);
    page.reload();
    assertThat(page.locator("#email-order-confirmed input")).not().isChecked();
    assertThat(page.locator("#inbox-order-confirmed input")).isChecked();

    long given =
        ServerSide.queryLong(
            "update notification_delivery set status = 'DEAD', attempts = 5,"
                + " last_error = 'mail server refused the recipient' where id = (select min(id) from notification_delivery"
                + " where recipient = ?) returning id",
            nurse);
    Page adminPage = browser.newPage();
    LoginPage.open(adminPage).signInSuccessfully(admin, Browser.demoPassword());
    adminPage.navigate(TrayflowServer.baseUrl() + "/dead-letters");
    assertThat(adminPage.locator("#dead-letters"))
        .containsText("mail server refused the recipient");
    Browser.screenshot(adminPage, "undelivered-messages");
    adminPage.locator("#dead-letters .send-again").first().click();
    assertThat(adminPage.locator("vaadin-notification-card"))
        .containsText("It goes out again within a minute");
    adminPage.reload();
    assertThat(adminPage.locator("#dead-letters"))
        .not()
        .containsText("mail server refused the recipient");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from notification_delivery where id = ? and status = 'PENDING'"
                    + " and attempts = 0",
                given))
        .isEqualTo(1);
  }

  /**
   * The order-confirmed choice "inbox, no e-mail" as stored, waiting (5 s at most) for the tick's
   * round trip.
   */
  private static long storedChoice(String person) throws Exception {
    long stored =
        await()
            .atMost(Duration.ofSeconds(5))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    ServerSide.queryLong(
                        "select count(*) from notification_preference where username = ?"
                            + " and kind = 'order-confirmed' and not by_email and in_inbox",
                        person),
                count -> count > 0);
    return stored;
  }
}
