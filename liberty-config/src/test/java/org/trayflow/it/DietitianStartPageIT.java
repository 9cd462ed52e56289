package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A dietitian signs in to their work, not to a refusal: patients without a diet order, allergies
 * Trayflow cannot check, holds ending soon and what the record changed, across the wards, each
 * settled from the page; and a page their role does not open leads back to that start page, never
 * round in a loop.
 */
class DietitianStartPageIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_dietitian_lands_on_the_patients_that_need_them_and_settles_one_there() throws Exception {
    RushTenant hospital = RushTenant.register("dietitian", 600);
    HospitalRecord record = new HospitalRecord(hospital);
    String waiting = "N" + UUID.randomUUID().toString().substring(0, 6);
    String fed = "K" + UUID.randomUUID().toString().substring(0, 6);
    String fasting = "F" + UUID.randomUUID().toString().substring(0, 6);
    for (String[] patient : new String[][] {{waiting, "1"}, {fed, "2"}, {fasting, "3"}}) {
      assertThat(
              HospitalRecord.acknowledgement(
                  record.send(
                      record.hl7(
                          "adt-a01-admit.hl7", Map.of("MRN", patient[0], "BED", patient[1])))))
          .isEqualTo("AA");
    }
    String dietitian = "dietitian@" + hospital.slug;
    hospital.addPersonWithDemoPassword(dietitian, "Dietitian Anahera", null, "DIETITIAN");
    String token = Api.tokenFor(dietitian);
    assertThat(
            Api.post(
                    hospital.base() + "/patients/" + id(hospital, fed) + "/diet-orders",
                    "{\"nilByMouth\":false,"
                        + "\"diets\":[\"regular\"],\"foodLevel\":7,\"drinkLevel\":0,\"culturalNeeds\":[]}",
                    "application/json",
                    token)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            Api.post(
                    hospital.base() + "/patients/" + id(hospital, fasting) + "/diet-orders",
                    "{\"nilByMouth\":true,\"diets\":[],\"culturalNeeds\":[],\"holdReason\":\"theatre\",\"endsAt\":\""
                        + Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)
                        + "\"}",
                    "application/json",
                    token)
                .statusCode())
        .isEqualTo(200);

    for (Page page : new Page[] {browser.newPage(), browser.newPhonePage()}) {
      boolean phone = page.viewportSize().width < 600;
      LoginPage.open(page).signInSuccessfully(dietitian, Browser.demoPassword());
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/dietitian$"));
      // the allergies each admission carried, as the record's changes of the day
      assertThat(page.locator("#work-from-the-record")).containsText("HL7 message");
      assertThat(page.locator("#work-unchecked-allergy .work-item")).hasCount(3);
      assertThat(page.locator("#work-unchecked-allergy .work-item").first())
          .containsText("Kiwi fruit");
      assertThat(page.locator("#work-hold-ending-soon")).containsText("nil by mouth (theatre)");
      assertThat(page.locator("#work-hold-ending-soon .work-patient"))
          .containsText("Ward 1, bed 3");
      Browser.screenshot(page, "dietitian-start" + (phone ? "-phone" : ""));
      if (!phone) {
        assertThat(page.locator("#work-no-diet-order h3"))
            .hasText("Patients without a diet order · 1 patient");
        page.locator("#work-no-diet-order .work-item")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("bed 1"))
            .locator(".work-diet-order")
            .click();
        page.locator("#diet-diets input").fill("renal");
        page.locator("vaadin-multi-select-combo-box-item")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("renal"))
            .click();
        page.locator("#diet-diets input").press("Escape");
        page.locator("#record-diet-order").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.locator("#work-no-diet-order")).containsText("Nothing to look at.");
      }
      page.navigate(TrayflowServer.baseUrl() + "/kitchen/dishes");
      assertThat(page.locator("h2")).hasText("Not available to you");
      page.locator("a:has-text('Back to your start page')").click();
      assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/dietitian$"));
      assertThat(page.locator("#dietitian-work")).isVisible();
    }
    assertThat(
            ServerSide.queryLong(
                "select count(*) from audit_entry where actor = ? and action = 'diet-order'",
                dietitian))
        .isEqualTo(3);
  }

  private static long id(RushTenant hospital, String mrn) throws Exception {
    return ServerSide.queryLong(
        "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }
}
