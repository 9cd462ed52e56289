package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A link opened before signing in: signing in takes the person to the page they asked for when
 * their roles open it, to their start page when not; and an address that is no page says so.
 */
class DeepLinkIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_link_opened_before_signing_in_is_where_signing_in_leads() {
    Page page = browser.newPage();
    page.navigate(TrayflowServer.baseUrl() + "/kitchen/dashboard");
    LoginPage.shownOn(page).signInSuccessfully("kitchen-manager@st-mungos", Browser.demoPassword());

    assertThat(page).hasURL(Pattern.compile(".*/kitchen/dashboard$"));
  }

  @Test
  void a_link_to_a_page_the_person_may_not_open_leads_to_their_start_page_instead() {
    Page page = browser.newPhonePage();
    page.navigate(TrayflowServer.baseUrl() + "/people");
    LoginPage.shownOn(page).signInSuccessfully("staff@st-mungos", Browser.demoPassword());

    assertThat(page).hasURL(Pattern.compile(".*/order$"));
    assertThat(page.locator("text=Not available to you")).hasCount(0);
  }

  @Test
  void an_address_that_is_no_page_says_so() {
    Page page = Browser.signedInAt(browser.newPage(), "staff@st-mungos", "/");
    page.navigate(TrayflowServer.baseUrl() + "/no-such-page");

    assertThat(page.locator("#not-found")).containsText("There is no such page");
    assertThat(page.locator("text=Not available to you")).hasCount(0);
    Browser.screenshot(page, "not-found");
  }
}
