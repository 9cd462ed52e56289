package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Changes from the record are visible where they matter: every change of a patient's diet,
 * allergies, texture or hold names its source in the patient's history, and one that loosens (an
 * allergy removed, a higher texture level) waits on the ward board until someone caring for the
 * patient has looked at it.
 */
class PatientHistoryIT {

  @Test
  void
      a_record_that_removes_an_allergy_and_a_nurse_who_raises_a_texture_level_are_shown_to_look_at()
          throws Exception {
    RushTenant hospital = RushTenant.register("history", 600);
    HospitalRecord record = new HospitalRecord(hospital);
    String mrn = "H" + UUID.randomUUID().toString().substring(0, 8);
    String admission = record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", "4"));
    assertThat(HospitalRecord.acknowledgement(record.send(admission))).isEqualTo("AA");
    String wiping =
        record
                .hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", "4"))
                .replaceAll("\rAL1\\|[^\r]*", "")
            + "\rAL1|1|FA|NKA^No known allergies";
    String wipingControl = wiping.split("\r")[0].split("\\|")[9];
    assertThat(HospitalRecord.acknowledgement(record.send(wiping))).isEqualTo("AA");
    long patient =
        ServerSide.queryLong(
            "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);

    String nurse = "nurse@" + hospital.slug;
    String ward = ServerSide.tokenFor(nurse, hospital.id, hospital.slug, "WARD_STAFF");
    String minced =
        "{\"nilByMouth\":false,\"diets\":[\"regular\"],\"foodLevel\":4,\"drinkLevel\":2,"
            + "\"culturalNeeds\":[]}";
    assertThat(
            Api.post(
                    hospital.base() + "/patients/" + patient + "/diet-orders",
                    minced,
                    "application/json",
                    ward)
                .statusCode())
        .isEqualTo(200);
    String soft = minced.replace("\"foodLevel\":4", "\"foodLevel\":6");
    HttpResponse<String> unconfirmed =
        Api.post(
            hospital.base() + "/patients/" + patient + "/diet-orders",
            soft,
            "application/json",
            ward);
    assertThat(unconfirmed.statusCode()).as(unconfirmed.body()).isEqualTo(409);
    assertThat(unconfirmed.body())
        .contains("diet-loosening-not-confirmed", "IDDSI food level 4 → 6");
    assertThat(
            ServerSide.queryLong("select count(*) from diet_order where patient_id = ?", patient))
        .as("nothing recorded without the confirmation")
        .isEqualTo(1);
    HttpResponse<String> confirmed =
        Api.post(
            hospital.base() + "/patients/" + patient + "/diet-orders",
            soft.replace("}", ",\"loosening\":{\"reason\":\"swallow reassessed\"}}"),
            "application/json",
            ward);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

    JsonArray history =
        Json.createReader(
                new StringReader(
                    Api.get(hospital.base() + "/patients/" + patient + "/history", ward).body()))
            .readArray();
    JsonObject texture = history.getJsonObject(0);
    assertThat(texture.getString("source")).isEqualTo("entered by " + nurse);
    assertThat(texture.getString("loosens")).isEqualTo("IDDSI food level 4 → 6");
    JsonObject wiped =
        history.stream()
            .map(JsonObject.class::cast)
            .filter(change -> change.getString("source").contains(wipingControl))
            .findFirst()
            .orElseThrow();
    assertThat(wiped.getString("source"))
        .isEqualTo("HL7 message " + wipingControl + " from TEST-PAS");
    assertThat(wiped.getString("loosens"))
        .contains("allergy removed: peanuts")
        .contains("Kiwi fruit");
    assertThat(
            history.stream()
                .map(JsonObject.class::cast)
                .filter(change -> change.containsKey("loosens")))
        .as("the first admission and diet order loosen nothing")
        .hasSize(2);

    hospital.addPersonWithDemoPassword(nurse, "Nurse Tama", null, "WARD_STAFF");
    try (Browser browser = new Browser()) {
      Page phone =
          browser
              .newPhonePage(); // today's board: a patient's changes show whichever meal is chosen
      LoginPage.open(phone).signInSuccessfully(nurse, Browser.demoPassword());
      phone.navigate(TrayflowServer.baseUrl() + "/ward");
      assertThat(phone.locator(".change-to-look-at")).hasCount(2);
      assertThat(phone.locator(".change-to-look-at").first())
          .containsText("allergy removed: peanuts");
      phone.locator(".change-to-look-at").first().scrollIntoViewIfNeeded();
      Browser.screenshot(phone, "ward-change-to-look-at-phone");

      Page page = wardBoard(browser.newPage(), hospital, nurse);
      assertThat(page.locator(".change-to-look-at")).hasCount(2);
      assertThat(page.locator(".change-to-look-at").first())
          .containsText("allergy removed: peanuts");
      assertThat(page.locator(".change-to-look-at").first())
          .containsText("HL7 message " + wipingControl);
      assertThat(page.locator(".change-to-look-at").nth(1)).containsText("IDDSI food level 4 → 6");
      Browser.screenshot(page, "ward-change-to-look-at");
      page.locator(".patient-history").first().click();
      assertThat(page.locator("#patient-history")).containsText("entered by " + nurse);
      assertThat(page.locator("#patient-history")).containsText("not looked at yet");
      page.locator("vaadin-dialog-overlay")
          .evaluate(
              "overlay => Promise.all(overlay.getAnimations({subtree: true}).map(a => a.finished))");
      Browser.screenshot(page, "ward-patient-history");
      page.locator("#close-history").click();
      page.locator(".change-seen").first().click();
      assertThat(page.locator(".change-to-look-at")).hasCount(1);
    }
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient_change where patient_id = ? and reviewed_by = ?",
                patient,
                nurse))
        .as("who looked is recorded")
        .isEqualTo(1);

    long open =
        ServerSide.queryLong(
            "select id from patient_change where patient_id = ? and loosens is not null"
                + " and reviewed_at is null",
            patient);
    HttpResponse<String> seen =
        Api.HTTP.send(
            Api.request(
                    hospital.base() + "/patients/" + patient + "/history/" + open + "/seen", ward)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(seen.statusCode()).isEqualTo(204);
    HttpResponse<String> again =
        Api.HTTP.send(
            Api.request(
                    hospital.base() + "/patients/" + patient + "/history/" + open + "/seen", ward)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).as("nothing left to look at").isEqualTo(404);
    String staff =
        ServerSide.tokenFor("porter@" + hospital.slug, hospital.id, hospital.slug, "STAFF");
    assertThat(Api.get(hospital.base() + "/patients/" + patient + "/history", staff).statusCode())
        .isEqualTo(403);
  }

  private static Page wardBoard(Page page, RushTenant hospital, String nurse) {
    LoginPage.open(page).signInSuccessfully(nurse, Browser.demoPassword());
    page.navigate(TrayflowServer.baseUrl() + "/ward");
    page.locator("#ward-day input")
        .fill(hospital.lunchDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    page.locator("#ward-day input").press("Enter");
    return page;
  }
}
