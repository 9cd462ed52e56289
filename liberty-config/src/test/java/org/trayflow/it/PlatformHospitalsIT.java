package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A platform administrator registers a hospital by the short form, its first administrator signs
 * in, and a suspension signs them out and keeps them out until the hospital is reactivated.
 */
class PlatformHospitalsIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_hospital_registered_by_the_form_is_suspended_and_reactivated() throws Exception {
    Page platform = Browser.signedInAt(browser.newPage(), "platform-admin", "/hospitals");
    assertThat(platform.locator("#tenants")).containsText("St Mungo's Hospitals NHS Trust");
    assertThat(platform.locator("#tenants")).containsText("Orders today");

    String code = "form-" + UUID.randomUUID().toString().substring(0, 8);
    platform.locator("#hospital-name input").fill("Form General " + code);
    platform.locator("#hospital-code input").fill("Not a code");
    // a hospital in Quebec: its first administrator reads French, with Canadian formats
    platform.locator("#hospital-locale input").fill("French (Can");
    platform
        .locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("French (Canada)"))
        .click();
    platform.locator("#site-name input").fill("Main building");
    platform.locator("#site-code input").fill("main");
    platform.locator("#first-admin input").fill("admin@" + code);
    platform.locator("#register-hospital").click();
    assertThat(platform.locator("#hospital-code")).containsText("lower-case letters");
    platform.locator("#hospital-code input").fill(code);
    platform.locator("#register-hospital").click();
    String firstPassword = platform.locator("#first-password").textContent().strip();
    Browser.screenshot(platform, "hospital-registered");
    platform.locator("#close-first-password").click();
    assertThat(platform.locator("#tenants")).containsText("Form General " + code);

    Page admin = browser.newPage();
    LoginPage.open(admin).signIn("admin@" + code, firstPassword);
    admin.locator("#current-password input").fill(firstPassword);
    admin.locator("#new-password input").fill("the new hospital's password");
    admin.locator("#repeated-password input").fill("the new hospital's password");
    admin.locator("#save-password").click();
    // the password page has the side navigation too: only the saved password's word shows it is
    // stored, before the suspension below races it
    assertThat(admin.locator("vaadin-notification-card"))
        .containsText("Votre mot de passe est enregistré");
    assertThat(admin.locator("vaadin-side-nav")).containsText("Personnes");
    assertThat(admin.locator("html")).hasAttribute("lang", "fr-CA");

    platform.locator(".suspend-hospital[data-hospital='" + code + "']").click();
    assertThat(platform.locator("vaadin-confirm-dialog-overlay"))
        .containsText("Nothing of it is deleted");
    platform
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Suspend"))
        .click();
    assertThat(platform.locator(".hospital-status[data-hospital='" + code + "']"))
        .containsText("Suspended since");
    Browser.screenshot(platform, "hospital-suspended");
    // nobody of the hospital signs in while it is suspended (her open session's end is
    // StaffOrderingIT's to show)
    Page elsewhere = browser.newPage();
    LoginPage.open(elsewhere).signIn("admin@" + code, "the new hospital's password");
    assertThat(elsewhere.locator("vaadin-login-form-wrapper"))
        .containsText("suspended for your hospital");
    HttpResponse<String> token = Api.requestToken("admin@" + code, "the new hospital's password");
    org.assertj.core.api.Assertions.assertThat(token.statusCode()).isEqualTo(403);

    platform.locator(".reactivate-hospital[data-hospital='" + code + "']").click();
    platform
        .locator(
            "vaadin-confirm-dialog-overlay vaadin-button",
            new Page.LocatorOptions().setHasText("Reactivate"))
        .click();
    assertThat(platform.locator(".hospital-status[data-hospital='" + code + "']"))
        .hasText("Active");
    LoginPage.open(elsewhere).signIn("admin@" + code, "the new hospital's password");
    assertThat(elsewhere.locator("vaadin-side-nav")).containsText("Personnes");
  }

  @Test
  void a_hospital_registered_from_its_file_needs_its_first_administrator_named() throws Exception {
    Page platform = Browser.signedInAt(browser.newPage(), "platform-admin", "/hospitals");
    String code = "file-" + UUID.randomUUID().toString().substring(0, 8);
    String yaml =
        Api.get("/api/v1/platform/tenants/riverside/configuration", Api.tokenFor("platform-admin"))
            .body()
            .replace("slug: riverside", "slug: " + code)
            .replaceAll("(?m)^identityProvider:[\\s\\S]*?(?=^\\S)", "");
    // a browser tells of a file chosen again only if it is another file: each upload is a copy
    java.util.function.Supplier<java.nio.file.Path> file =
        () -> {
          try {
            return java.nio.file.Files.writeString(
                java.nio.file.Files.createTempFile(code, ".yaml"), yaml);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };

    platform.locator("#hospital-file input[type=file]").setInputFiles(file.get());
    assertThat(platform.locator("#hospital-file-outcome"))
        .containsText("is a new hospital. Name its first" + " administrator");
    platform.locator("#file-first-admin input").fill("admin@" + code);
    platform.locator("#hospital-file input[type=file]").setInputFiles(file.get());
    assertThat(platform.locator("#hospital-file-outcome")).hasText(code + " is registered.");
    assertThat(platform.locator("#first-password")).isVisible();
    assertThat(platform.locator("vaadin-dialog-overlay")).containsText("admin@" + code);
    platform.locator("#close-first-password").click();
    assertThat(platform.locator("#tenants")).containsText(code);

    platform.locator("#hospital-file input[type=file]").setInputFiles(file.get());
    assertThat(platform.locator("#hospital-file-outcome")).containsText("Nothing changed");
  }
}
