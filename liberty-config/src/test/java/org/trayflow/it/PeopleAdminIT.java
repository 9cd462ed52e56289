package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tenant administrator adds a person, who then signs in with the first password shown once. */
class PeopleAdminIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void an_added_person_signs_in_with_the_password_shown_once() {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");
    assertThat(admin.locator("#people")).containsText("kitchen-manager@riverside");
    assertThat(admin.locator("#people")).not().containsText("@st-mungos");
    assertThat(admin.locator("#new-roles")).not().containsText("platform");

    String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8) + "@riverside";
    admin.locator("#new-username input").fill(username);
    admin.locator("#new-name input").fill("Night Nurse");
    admin.locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("ward staff")).click();
    admin.locator("#add-person").click();
    String firstPassword = admin.locator("#first-password").textContent().strip();
    Browser.screenshot(admin, "people-first-password");
    admin.locator("#close-first-password").click();
    assertThat(admin.locator("#people")).containsText(username);

    Page nurse = browser.newPage();
    LoginPage.open(nurse).signIn(username, firstPassword);
    assertThat(nurse.locator("#signed-in-as")).hasText("Night Nurse");
    assertThat(nurse.locator("vaadin-grid#sites")).containsText("Eastgate Community Hospital");
  }

  @Test
  void a_taken_user_name_is_refused_next_to_the_field() {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");

    admin.locator("#new-username input").fill("staff@st-mungos");
    admin.locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("staff")).first().click();
    admin.locator("#add-person").click();

    assertThat(admin.locator("#new-username")).containsText("is taken");
  }
}
