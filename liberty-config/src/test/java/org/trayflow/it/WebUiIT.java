package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sign-in and the views each role opens, in Debian's headless Chromium. */
class WebUiIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void platform_staff_sign_in_and_see_both_demo_hospitals() {
    Page page = browser.newPage();
    LoginPage.open(page).signIn("platform-admin", Browser.demoPassword());

    assertThat(page.locator("vaadin-grid#tenants")).containsText("St Mungo's Hospitals NHS Trust");
    assertThat(page.locator("vaadin-grid#tenants")).containsText("Riverside Regional Health");
    assertThat(page.locator("vaadin-grid#tenants")).containsText("Eastgate Community Hospital");
    assertThat(page).hasTitle("Hospitals · Trayflow");
    Browser.screenshot(page, "tenants-view");
  }

  @Test
  void a_tenant_admin_sees_only_their_own_hospital() {
    Page page = browser.newPage();
    LoginPage.open(page).signIn("tenant-admin@st-mungos", Browser.demoPassword());

    assertThat(page.locator("vaadin-grid#sites")).containsText("St Mungo's Central Hospital");
    assertThat(page.locator("vaadin-grid#sites")).not().containsText("Eastgate");
    assertThat(page.locator("vaadin-grid#sites")).containsText("Ward 7 (Cardiology) (ward)");
    assertThat(page.locator("vaadin-grid#meal-periods")).containsText("the day before at 12:00");
    assertThat(page.locator("vaadin-side-nav")).not().containsText("Hospitals");
    Browser.screenshot(page, "my-hospital-view");

    page.navigate(TrayflowServer.baseUrl() + "/hospitals");
    assertThat(page.locator("body")).containsText("Not available to you");
    assertThat(page.locator("body")).not().containsText("Riverside Regional Health");
  }

  @Test
  void each_role_starts_on_its_own_work_and_never_on_a_refusal() {
    for (String[] start :
        new String[][] {
          {"dietitian@st-mungos", "/dietitian"},
          {"ward-staff@st-mungos", "/ward"},
          {"kitchen-manager@st-mungos", "/kitchen/dashboard"},
          {"tenant-admin@st-mungos", "/my-hospital"},
          {"staff@st-mungos", "/order"},
          {"platform-admin", "/hospitals"},
          {"ops", "/ops"}
        }) {
      Page page = browser.newPage();
      LoginPage.open(page).signInSuccessfully(start[0], Browser.demoPassword());
      // a JavaScript pattern (Playwright's), so no quoting with Q and E
      assertThat(page)
          .hasURL(
              Pattern.compile(
                  "^" + (TrayflowServer.baseUrl() + start[1]).replace(".", "\\.") + "(\\?.*)?$"));
      assertThat(page.locator("body")).not().containsText("Not available to you");
      page.close();
    }
  }

  @Test
  void a_wrong_password_is_refused_with_a_readable_message() {
    Page page = browser.newPage();
    LoginPage login = LoginPage.open(page);
    login.signIn("kitchen-manager@riverside", "not-the-password");

    assertThat(login.form()).hasAttribute("error", "");
    assertThat(page.locator("vaadin-login-form-wrapper"))
        .containsText("The user name or password is not right");
    assertThat(page).hasURL(TrayflowServer.baseUrl() + "/login");
    Browser.screenshot(page, "sign-in-refused");
  }

  @Test
  void views_need_a_signed_in_person_and_signing_out_ends_the_session() {
    Page page = browser.newPage();
    page.navigate(TrayflowServer.baseUrl() + "/hospitals");
    assertThat(LoginPage.shownOn(page).form()).isVisible();

    LoginPage.shownOn(page).signIn("ops", Browser.demoPassword());
    assertThat(page.locator("#signed-in-as")).hasText("Demo Ops");
    page.locator("#sign-out").click();

    assertThat(LoginPage.shownOn(page).form()).isVisible();
    page.navigate(TrayflowServer.baseUrl() + "/hospitals");
    assertThat(LoginPage.shownOn(page).form()).isVisible();
  }
}
