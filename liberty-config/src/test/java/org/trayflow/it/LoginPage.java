package org.trayflow.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in view, as a person uses it. */
final class LoginPage {

  private final Page page;

  private LoginPage(Page page) {
    this.page = page;
  }

  static LoginPage open(Page page) {
    page.navigate(TrayflowServer.baseUrl() + "/login");
    return new LoginPage(page);
  }

  static LoginPage shownOn(Page page) {
    return new LoginPage(page);
  }

  Locator form() {
    return page.locator("vaadin-login-form");
  }

  void signIn(String username, String password) {
    page.locator("#vaadinLoginUsername input").fill(username);
    page.locator("#vaadinLoginPassword input").fill(password);
    page.locator("#vaadinLoginPassword input").press("Enter");
  }

  /**
   * Asks to sign in through the hospital's identity provider, which takes over the page if there is
   * one.
   */
  void signInWithHospitalAccount(String hospitalCode) {
    page.locator("#hospital-sign-in-panel vaadin-details-summary").click();
    page.locator("#hospital-code input").fill(hospitalCode);
    page.locator("#hospital-sign-in").click();
  }

  /**
   * Signs in and waits until the start page offers to sign out (a phone's header leaves out the
   * person's name).
   */
  void signInSuccessfully(String username, String password) {
    signIn(username, password);
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#sign-out"))
        .isVisible();
  }
}
