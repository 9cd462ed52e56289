package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
    admin
        .locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("ward staff"))
        .click();
    admin.locator("#add-person").click();
    String firstPassword = admin.locator("#first-password").textContent().strip();
    Browser.screenshot(admin, "people-first-password");
    admin.locator("#close-first-password").click();
    assertThat(admin.locator("#people")).containsText(username);

    // on her phone: the password she was given opens nothing but the page where she chooses her own
    Page nurse = browser.newPhonePage();
    LoginPage.open(nurse).signIn(username, firstPassword);
    assertThat(nurse.locator("#choose-password-why")).isVisible();
    nurse.navigate(TrayflowServer.baseUrl() + "/ward");
    assertThat(nurse.locator("#choose-password-why")).isVisible();
    nurse.locator("#current-password input").fill(firstPassword);
    nurse.locator("#new-password input").fill("nurse");
    assertThat(nurse.locator("#password-rules li[data-kept='false']").first())
        .containsText("At least 12");
    nurse.locator("#new-password input").fill("night shift on ward seven");
    assertThat(nurse.locator("#password-rules li[data-kept='false']")).hasCount(0);
    nurse.locator("#repeated-password input").fill("night shift on ward seven!");
    nurse.locator("#save-password").click();
    assertThat(nurse.locator("#repeated-password")).containsText("not the same");
    nurse.locator("#repeated-password input").fill("night shift on ward seven");
    Browser.screenshot(nurse, "choose-password-phone");
    nurse.locator("#save-password").click();
    assertThat(nurse.locator("#signed-in-as")).hasText("Night Nurse");
    assertThat(nurse.locator("#ward-choice")).isVisible(); // a nurse starts on her ward's board

    Page again = browser.newPage();
    LoginPage.open(again).signIn(username, "night shift on ward seven");
    assertThat(again.locator("#ward-choice")).isVisible();
  }

  @Test
  void an_administrator_finds_corrects_deactivates_and_reactivates_someone() {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");
    String username = "cook-" + UUID.randomUUID().toString().substring(0, 8) + "@riverside";
    admin.locator("#new-username input").fill(username);
    admin
        .locator(
            "#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("Kitchen manager"))
        .click();
    admin.locator("#add-person").click();
    admin.locator("#close-first-password").click();

    admin.locator("#people-search input").fill(username.substring(0, 13));
    // the list is found again as the name is typed: only its visible rows count
    assertThat(
            admin
                .locator("#people vaadin-grid-cell-content")
                .filter(
                    new Locator.FilterOptions().setHasText("dietitian@riverside").setVisible(true)))
        .hasCount(0);
    assertThat(admin.locator("#people")).containsText(username);
    assertThat(admin.locator("#people")).containsText("Active, to choose a password");

    admin.locator(".edit-person" + of(username)).click();
    admin.locator("#edit-name input").fill("Carla Cook");
    admin.locator("#edit-email input").fill("not an address");
    admin.locator("#save-details").click();
    assertThat(admin.locator("#edit-email")).containsText("is not an e-mail address");
    admin.locator("#edit-email input").fill("carla@example.org");
    Browser.screenshot(admin, "people-edit");
    admin.locator("#save-details").click();
    assertThat(admin.locator("#people")).containsText("Carla Cook");

    admin.locator(".deactivate-person" + of(username)).click();
    admin
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Deactivate"))
        .click();
    assertThat(admin.locator(".reactivate-person" + of(username))).isVisible();
    admin.locator(".reactivate-person" + of(username)).click();
    admin
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Reactivate"))
        .click();
    assertThat(admin.locator(".deactivate-person" + of(username))).isVisible();
    Browser.screenshot(admin, "people-search");
  }

  @Test
  void a_staff_list_is_previewed_row_by_row_and_only_its_good_rows_imported_when_chosen()
      throws Exception {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");
    String batch = UUID.randomUUID().toString().substring(0, 6);
    java.nio.file.Path list = java.nio.file.Files.createTempFile("staff-list", ".csv");
    java.nio.file.Files.writeString(
        list,
        "username,name,email,language,roles,site\n"
            + "porter-"
            + batch
            + "@riverside,Pat Porter,,en,Staff,\n"
            + "chef-"
            + batch
            + "@riverside,Chris Chef,,en,Kitchen manager;Staff,\n"
            + "staff@riverside,Taken,,en,Staff,\n");
    admin.locator("#staff-list-upload input[type=file]").setInputFiles(list);
    assertThat(admin.locator("#staff-list-verdict")).containsText("1 of 3 rows have problems");
    assertThat(admin.locator("#staff-list-rows")).containsText("is taken");
    assertThat(admin.locator("#import-everyone")).isHidden();
    Browser.screenshot(admin, "people-import-preview");
    admin.locator("#import-good-rows").click();
    assertThat(admin.locator("#first-passwords")).containsText("chef-" + batch + "@riverside");
    assertThat(admin.locator("#download-first-passwords")).isVisible();
    Browser.screenshot(admin, "people-import-done");
    admin.locator("#close-first-password").click();
    admin.locator("#people-search input").fill(batch);
    assertThat(
            admin
                .locator("#people vaadin-grid-cell-content")
                .filter(
                    new Locator.FilterOptions().setHasText("dietitian@riverside").setVisible(true)))
        .hasCount(0);
    assertThat(admin.locator("#people")).containsText("porter-" + batch + "@riverside");
    assertThat(admin.locator("#people")).containsText("Staff, Kitchen manager");
  }

  @Test
  void
      an_administrator_changes_roles_resets_a_password_and_deactivates_and_each_signs_the_person_out() {
    Page admin = browser.newPage();
    LoginPage.open(admin).signInSuccessfully("tenant-admin@riverside", Browser.demoPassword());
    admin.navigate(TrayflowServer.baseUrl() + "/people");
    String username = "porter-" + UUID.randomUUID().toString().substring(0, 8) + "@riverside";
    admin.locator("#new-username input").fill(username);
    admin
        .locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("staff"))
        .first()
        .click();
    admin.locator("#add-person").click();
    String firstPassword = admin.locator("#first-password").textContent().strip();
    admin.locator("#close-first-password").click();

    Page porter = browser.newPage();
    LoginPage.open(porter).signIn(username, firstPassword);
    assertThat(porter.locator("#signed-in-as")).isVisible();

    admin.locator(".change-roles" + of(username)).click();
    admin
        .locator(
            "#changed-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("ward staff"))
        .click();
    Browser.screenshot(admin, "people-change-roles");
    admin.locator("#save-roles").click();
    assertThat(admin.locator("#people")).containsText("Staff, Ward staff");
    porter.reload();
    assertThat(LoginPage.shownOn(porter).form()).isVisible();

    admin.locator(".reset-password" + of(username)).click();
    assertThat(admin.locator("vaadin-confirm-dialog-overlay"))
        .containsText("signed out everywhere");
    Browser.screenshot(admin, "people-reset-password-confirm");
    admin
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Reset password"))
        .click();
    String newPassword = admin.locator("#first-password").textContent().strip();
    admin.locator("#close-first-password").click();
    LoginPage.open(porter).signIn(username, newPassword);
    assertThat(porter.locator("#signed-in-as")).isVisible();

    admin.locator(".deactivate-person" + of(username)).click();
    admin
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Deactivate"))
        .click();
    assertThat(admin.locator(".reactivate-person" + of(username))).isVisible();
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
    admin
        .locator("#new-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("staff"))
        .first()
        .click();
    admin.locator("#add-person").click();

    assertThat(admin.locator("#new-username")).containsText("is taken");
  }
}
