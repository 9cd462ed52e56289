package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A patient chooses their own lunch at the bedside with the sign-in the ward gave them: only what
 * is safe for them, the rest named with why; the ward and the kitchen see who chose it; the sign-in
 * opens nothing once the ward ends it or the patient is discharged. On a tablet and a phone, with
 * axe-core's check of the bedside page.
 */
class BedsideIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_patient_chooses_a_safe_lunch_on_a_tablet_and_discharge_ends_the_sign_in()
      throws Exception {
    RushTenant hospital = RushTenant.register("bedside", 600);
    java.time.LocalDate tomorrow = java.time.LocalDate.now(RushTenant.ZONE).plusDays(1);
    hospital.offerDishes(
        List.of(
            "{\"name\":\"Satay chicken\",\"category\":\"Main\",\"portionSize\":\"1\",\"price\":0,"
                + "\"allergens\":[\"peanuts\"],\"dietTags\":[]}",
            "{\"name\":\"Vegetable risotto\",\"category\":\"Main\",\"portionSize\":\"1\",\"price\":0,"
                + "\"description\":\"Arborio rice, peas and courgette\",\"allergens\":[\"milk\"],"
                + "\"dietTags\":[\"vegetarian\"],\"nutrition\":{\"energyKcal\":430,\"proteinG\":12}}"),
        20,
        tomorrow);
    HospitalRecord record = new HospitalRecord(hospital);
    String mrn = "B" + UUID.randomUUID().toString().substring(0, 6);
    long patient = record.admitOnARegularDiet(mrn, "3");
    String nurse = "nurse@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Nurse Aroha", null, "WARD_STAFF");
    // the kiwi intolerance is checked by hand, which a bedside cannot do: the nurse clears it
    HttpResponse<String> allergies =
        Api.HTTP.send(
            Api.request(
                    hospital.base() + "/patients/" + patient + "/allergies", Api.tokenFor(nurse))
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"allergens\":[\"peanuts\"],\"other\":\"\",\"loosening\":"
                            + "{\"reason\":\"asked the patient: no kiwi intolerance\"}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(allergies.statusCode()).as(allergies.body()).isEqualTo(200);

    Page ward = browser.newPage();
    String code = passIssuedOnTheWard(ward, nurse);
    assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(ward.locator("#bedside-issued svg")).isVisible();
    assertThat(ward.locator(".bedside-pass").first()).containsText("the patient");
    assertThat(ward.locator(".bedside-pass").first()).containsText("open");
    Browser.screenshot(ward, "bedside-pass-issued");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from bedside_pass where patient_id = ? and code_sha256 <> ?",
                patient,
                code.replace("-", "")))
        .as("only the code's hash is kept")
        .isEqualTo(1);

    Page tablet = browser.newTabletPage();
    tablet.navigate(TrayflowServer.baseUrl() + "/bedside");
    tablet.locator("#bedside-code-field input").fill("WRNG-CODE");
    tablet.locator("#bedside-open").click();
    assertThat(tablet.locator("#bedside-code-problem")).containsText("That code opens nothing");
    tablet.locator("#bedside-code-field input").fill(code.toLowerCase(java.util.Locale.ROOT));
    tablet.locator("#bedside-open").click();
    assertThat(tablet.locator("#bedside-patient")).containsText("bed 3");
    // today's lunch is offered too while its ordering is open (it is Monday in Auckland for half
    // of Sunday in London): tomorrow's is the one looked at
    Locator lunch =
        tablet
            .locator(".bedside-meal")
            .filter(
                new Locator.FilterOptions()
                    .setHasText(
                        "Lunch, "
                            + DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)
                                .format(tomorrow)));
    assertThat(lunch.locator(".bedside-dish")).hasCount(1);
    assertThat(lunch.locator(".bedside-dish")).containsText("Vegetable risotto");
    assertThat(lunch.locator(".bedside-dish")).containsText("430 kcal");
    assertThat(lunch.locator(".not-offered-dish"))
        .hasText("Satay chicken: contains peanuts (allergy)");
    assertThat(Accessibility.seriousViolations(tablet)).isEmpty();
    Browser.screenshot(tablet, "bedside-menu-tablet");
    // the same pass on a phone, where the patient reads French: the bedside speaks it from the next
    // page on, with the hospital's (British) formats, while the tablet keeps its English
    Page phone = browser.newPhonePage();
    phone.navigate(TrayflowServer.baseUrl() + "/bedside?code=" + code);
    assertThat(phone.locator("#bedside-patient")).containsText("bed 3");
    assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/bedside$"));
    assertThat(
            (Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        .isTrue();
    Browser.screenshot(phone, "bedside-phone");
    phone.locator(".bedside-language[lang=fr]").click();
    assertThat(phone.locator("#bedside-patient")).containsText("lit 3");
    assertThat(phone.locator(".bedside-language[lang=fr]")).hasAttribute("aria-pressed", "true");
    assertThat(phone.locator("html")).hasAttribute("lang", "fr-GB");
    Locator lunchInFrench =
        phone
            .locator(".bedside-meal")
            .filter(
                new Locator.FilterOptions()
                    .setHasText(
                        DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRANCE).format(tomorrow)));
    assertThat(lunchInFrench).hasCount(1);
    // why a dish is not offered, in the patient's words too
    assertThat(lunchInFrench.locator(".not-offered-dish"))
        .hasText("Satay chicken : contient arachides (allergie)");
    assertThat(Accessibility.seriousViolations(phone)).isEmpty();
    Browser.screenshot(phone, "bedside-phone-french");

    lunch.locator(".bedside-dish").click();
    assertThat(lunch.locator(".bedside-dish")).hasAttribute("aria-pressed", "true");
    lunch.locator(".bedside-order").click();
    assertThat(lunch.locator(".bedside-ordered")).containsText("Ordered: 1 × Vegetable risotto");
    Browser.screenshot(tablet, "bedside-ordered-tablet");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient_meal pm join orders o on o.id = pm.order_id"
                    + " where pm.patient_id = ? and pm.meal_for = 'PATIENT' and o.orderer like 'bedside:%'",
                patient))
        .isEqualTo(1);

    ward.keyboard().press("Escape");
    assertThat(ward.locator("vaadin-dialog-overlay")).hasCount(0);
    ward.reload(); // the board opens on the next meal still open: tomorrow's lunch
    Browser.chooseDay(ward, "ward-day", tomorrow);
    assertThat(ward.locator(".bed-meals").first())
        .containsText("chosen at the bedside by the patient");

    phone.reload();
    assertThat(lunchInFrench.locator(".bedside-ordered"))
        .containsText("Commandé : 1 × Vegetable risotto");
    // a second code scanned on a bedside already open: looked up across hospitals all the same, and
    // the bedside stays in the patient's language
    phone.navigate(TrayflowServer.baseUrl() + "/bedside?code=ZZZZ-ZZZZ");
    assertThat(phone.locator("#bedside-patient")).containsText("lit 3");

    assertThat(
            HospitalRecord.acknowledgement(
                record.send(record.hl7("adt-a03-discharge.hl7", Map.of("MRN", mrn, "BED", "3")))))
        .isEqualTo("AA");
    tablet.reload();
    assertThat(tablet.locator("#bedside-ended")).containsText("This sign-in has ended");
    assertThat(tablet.locator(".bedside-dish")).hasCount(0);
    Page again = browser.newTabletPage();
    again.navigate(TrayflowServer.baseUrl() + "/bedside?code=" + code);
    assertThat(again.locator("#bedside-code-field")).isVisible();
    assertThat(again.locator("#bedside-patient")).hasCount(0);
    Browser.screenshot(tablet, "bedside-ended-tablet");
  }

  @Test
  void a_patient_whose_record_names_french_finds_the_bedside_in_french() throws Exception {
    RushTenant hospital = RushTenant.register("bedside-fr", 60);
    HospitalRecord record = new HospitalRecord(hospital);
    String mrn = "F" + UUID.randomUUID().toString().substring(0, 6);
    record.sendAccepted("adt-a01-admit-french.hl7", Map.of("MRN", mrn, "BED", "4"));
    // a move that leaves PID-15 empty keeps what the admission said
    record.sendAccepted("adt-a02-transfer.hl7", Map.of("MRN", mrn, "BED", "5"));
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient where mrn = ? and language = 'fr'", mrn))
        .isEqualTo(1);
    String nurse = "nurse@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Nurse Aroha", null, "WARD_STAFF");
    String code = passIssuedOnTheWard(browser.newPage(), nurse);

    Page tablet = browser.newTabletPage();
    tablet.navigate(TrayflowServer.baseUrl() + "/bedside?code=" + code);
    assertThat(tablet.locator("html")).hasAttribute("lang", "fr-GB");
    assertThat(tablet.locator("#bedside-patient")).containsText("lit 5");
    assertThat(tablet.locator(".bedside-language[lang=fr]")).hasAttribute("aria-pressed", "true");
    // and the patient may still choose English
    tablet.locator(".bedside-language[lang=en]").click();
    assertThat(tablet.locator("#bedside-patient")).containsText("bed 5");
    assertThat(tablet.locator("html")).hasAttribute("lang", "en-GB");
  }

  /** The nurse signs in on the ward and issues the first bed's patient a pass: its code. */
  private static String passIssuedOnTheWard(Page ward, String nurse) {
    LoginPage.open(ward).signInSuccessfully(nurse, Browser.demoPassword());
    ward.navigate(TrayflowServer.baseUrl() + "/ward");
    ward.locator(".bedside-passes").first().click();
    ward.locator("#bedside-holder input").fill("the patient");
    ward.locator("#issue-bedside-pass").click();
    return ward.locator("#bedside-code").textContent().strip();
  }
}
