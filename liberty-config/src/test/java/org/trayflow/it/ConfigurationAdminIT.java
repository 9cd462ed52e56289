package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant administrator edits their hospital's configuration file in the browser. */
class ConfigurationAdminIT {

  private final Browser browser = new Browser();
  private Page page;

  @BeforeEach
  void signInAsTheAdministratorOfStMungos() {
    page = browser.newPage();
    LoginPage.open(page).signInSuccessfully("tenant-admin@st-mungos", Browser.demoPassword());
    assertThat(page.locator("vaadin-side-nav")).containsText("Configuration");
    page.navigate(TrayflowServer.baseUrl() + "/configuration");
    assertThat(file()).hasValue(java.util.regex.Pattern.compile("slug: st-mungos"));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_changed_file_becomes_the_next_version_and_is_audited() {
    int portions = ThreadLocalRandom.current().nextInt(401, 499);
    file()
        .fill(
            file()
                .inputValue()
                .replaceFirst("(id: lunch[\\s\\S]*?defaultPortions: )\\d+", "$1" + portions));
    page.locator("#preview").click();

    // seen before it applies: the change in words and the file's lines, nothing stored yet
    assertThat(page.locator("#preview-changes")).containsText("meal period lunch changed");
    assertThat(page.locator(".diff-added")).containsText("defaultPortions: " + portions);
    assertThat(page.locator(".diff-removed")).hasCount(1);
    Browser.screenshot(page, "configuration-preview");
    page.locator("#apply").click();

    assertThat(page.locator("vaadin-notification-card"))
        .containsText("is in force: meal period lunch changed");
    assertThat(page.locator("#history")).containsText("tenant-admin@st-mungos");
    Browser.screenshot(page, "configuration-view");

    page.locator("#preview").click();
    assertThat(page.locator("#configuration-preview")).containsText("nothing would change");

    // every version's own diff, and a roll back that is a new version
    page.locator(".version-diff").first().click();
    assertThat(page.locator("vaadin-dialog-overlay .diff-added"))
        .containsText("defaultPortions: " + portions);
    Browser.screenshot(page, "configuration-version-diff");
    page.locator(
            "vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Close"))
        .click();
    String newest = page.locator(".version-diff").first().getAttribute("data-version");
    page.locator(".roll-back").first().click();
    page.locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Roll back"))
        .click();
    assertThat(
            page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("file again")))
        .isVisible();
    assertThat(page.locator(".version-diff").first())
        .hasAttribute("data-version", String.valueOf(Integer.parseInt(newest) + 1));

    page.navigate(TrayflowServer.baseUrl() + "/audit-log");
    assertThat(page.locator("#audit-log")).containsText("Configuration changed");
    assertThat(page.locator("#audit-log")).containsText("Configuration rolled back");
    assertThat(page.locator("#audit-log")).not().containsText("configuration.imported");
    assertThat(page.locator("#audit-log")).containsText("When (Europe/London)");
    page.locator("#audit-search input").fill("restores the file");
    assertThat(page.locator("#audit-count")).hasText("1 entry found.");
    Browser.screenshot(page, "audit-log-search");
  }

  @Test
  void every_problem_is_listed_with_its_field_and_nothing_changes() {
    String version = page.locator(".version-diff").first().getAttribute("data-version");
    file()
        .fill(
            file()
                .inputValue()
                .replaceFirst("kind: ward", "kind: canteen")
                .replace("timeZone: Europe/London", "timeZone: Mars/Olympus"));
    page.locator("#preview").click();

    Locator problems = page.locator("#problems");
    assertThat(problems).containsText("timeZone: 'Mars/Olympus' is not a known time zone");
    assertThat(problems)
        .containsText("sites[0].locations[0].kind: 'canteen' is not one of: ward, department");
    assertThat(page.locator(".version-diff").first()).hasAttribute("data-version", version);
    Browser.screenshot(page, "configuration-problems");
  }

  @Test
  void a_file_of_another_tenant_is_refused() {
    file().fill(file().inputValue().replace("slug: st-mungos", "slug: riverside"));
    page.locator("#preview").click();

    assertThat(page.locator("#problems"))
        .containsText("slug: is 'riverside', but this is the configuration of 'st-mungos'");
  }

  private Locator file() {
    return page.locator("#configuration-file textarea");
  }
}
