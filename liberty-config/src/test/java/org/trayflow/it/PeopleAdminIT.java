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
    // the hospital by its name, roles in its people's words
    assertThat(admin.locator("h2")).hasText("People of Riverside Regional Health");
    assertThat(admin.locator("#people")).containsText("Kitchen manager");
    assertThat(admin.locator("#people")).not().containsText("KITCHEN_MANAGER");
    assertThat(admin.locator("#new-roles")).containsText("Dietitian");
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
    assertThat(nurse.locator("#ward-choice")).isVisible(); // a nurse starts on her ward's board
  }

  @Test
  void an_administrator_changes_roles_resets_a_password_and_deactivates_and_each_signs_the_person_out() {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");
    String username = "porter-" + UUID.randomUUID().toString().substring(0, 8) + "@riverside";
    admin.locator("#new-username input").fill(username);
    admin.locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("staff")).first().click();
    admin.locator("#add-person").click();
    String firstPassword = admin.locator("#first-password").textContent().strip();
    admin.locator("#close-first-password").click();

    Page porter = browser.newPage();
    LoginPage.open(porter).signIn(username, firstPassword);
    assertThat(porter.locator("#signed-in-as")).isVisible();

    admin.locator(".change-roles" + of(username)).click();
    admin.locator("#changed-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("ward staff")).click();
    Browser.screenshot(admin, "people-change-roles");
    admin.locator("#save-roles").click();
    assertThat(admin.locator("#people")).containsText("Staff, Ward staff");
    porter.reload();
    assertThat(LoginPage.shownOn(porter).form()).isVisible();

    admin.locator(".reset-password" + of(username)).click();
    assertThat(admin.locator("vaadin-confirm-dialog-overlay")).containsText("signed out everywhere");
    Browser.screenshot(admin, "people-reset-password-confirm");
    admin.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions()
        .setHasText("Reset password")).click();
    String newPassword = admin.locator("#first-password").textContent().strip();
    admin.locator("#close-first-password").click();
    LoginPage.open(porter).signIn(username, newPassword);
    assertThat(porter.locator("#signed-in-as")).isVisible();

    admin.locator(".deactivate-person" + of(username)).click();
    admin.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions()
        .setHasText("Deactivate")).click();
    assertThat(admin.locator("#people")).containsText("deactivated");
    Browser.screenshot(admin, "people-deactivated");
    porter.reload();
    assertThat(LoginPage.shownOn(porter).form()).isVisible();
  }

  /** The action buttons of this person's row. */
  private static String of(String username) {
    return "[data-person='" + username + "']";
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
