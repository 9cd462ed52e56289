package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trayflow.localservices.TestIdentityProvider;

/**
 * St Mungo's staff sign in with their hospital account: a real OpenID Connect provider on this
 * machine signs the ID token, Liberty's OpenID Connect client verifies it, and Trayflow maps it to
 * the person's account.
 */
class HospitalSignInIT {

  private static final String TENANT = "st-mungos";
  private static MockOAuth2Server hospitalProvider;

  private final Browser browser = new Browser();

  @BeforeAll
  static void stMungosSignsInThroughItsOwnProvider() throws Exception {
    hospitalProvider = new MockOAuth2Server(new OAuth2Config(true));
    hospitalProvider.start(InetAddress.getByName("localhost"), TestIdentityProvider.PORT);
    configureIdentityProvider(TestIdentityProvider.issuerFor(TENANT));
  }

  @AfterAll
  static void stopProvider() {
    hospitalProvider.shutdown();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_nurse_signs_in_with_her_hospital_account() {
    Page page = browser.newPage();
    signInAtTheHospital(page, "{\"email\": \"Ward-Staff@st-mungos\"}");

    assertThat(page.locator("#signed-in-as")).isVisible();
    assertThat(page.locator("#ward-choice"))
        .containsText("Ward"); // on her own work: the ward board
    assertThat(page.locator("#ordering-state")).containsText("Ordering for");
    Browser.screenshot(page, "hospital-sign-in-done");
  }

  @Test
  void a_link_opened_before_signing_in_with_a_hospital_account_is_where_it_leads() {
    Page page = browser.newPage();
    page.navigate(TrayflowServer.baseUrl() + "/inbox");
    assertThat(LoginPage.shownOn(page).form()).isVisible();
    signInAtTheHospital(page, "{\"email\": \"ward-staff@st-mungos\"}");

    assertThat(page.locator("#signed-in-as")).isVisible();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inbox$"));
    // Trayflow holds no password for a hospital account: none to change, none to be made to choose
    assertThat(page.locator("#your-password")).isHidden();
  }

  @Test
  void a_hospital_account_naming_a_person_of_another_tenant_is_refused() {
    Page page = browser.newPage();
    signInAtTheHospital(page, "{\"email\": \"tenant-admin@riverside\"}");

    assertThat(page.locator("#hospital-sign-in-refused"))
        .containsText("no active Trayflow account 'tenant-admin@riverside' at 'st-mungos'");
    assertThat(page.locator("#signed-in-as")).not().isVisible();
    Browser.screenshot(page, "hospital-sign-in-refused");
  }

  @Test
  void a_hospital_without_its_own_provider_is_told_to_use_a_trayflow_password() {
    Page page = browser.newPage();
    LoginPage.open(page).signInWithHospitalAccount("riverside");

    assertThat(page.locator("#hospital-code"))
        .containsText("No hospital sign-in is set up for 'riverside'");
  }

  private static void signInAtTheHospital(Page page, String claims) {
    LoginPage.open(page).signInWithHospitalAccount(TENANT);
    page.waitForURL(url -> url.startsWith(TestIdentityProvider.issuerFor(TENANT)));
    page.locator("input[name=username]").fill("nurse-" + System.nanoTime());
    page.locator("textarea[name=claims]").fill(claims);
    page.locator("input[type=submit]").click();
  }

  private static void configureIdentityProvider(String issuer)
      throws IOException, InterruptedException {
    String token = Api.tokenFor("tenant-admin@" + TENANT);
    String path = "/api/v1/t/" + TENANT + "/configuration";
    String file = Api.get(path, token).body();
    if (!file.contains("identityProvider:")) {
      file += "identityProvider:\n  issuer: " + issuer + "\n  usernameClaim: email\n";
    }
    HttpResponse<String> applied = Api.put(path, file, token);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
  }
}
