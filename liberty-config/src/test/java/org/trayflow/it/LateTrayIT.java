package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After ordering closes, a ward may still order a patient's tray within the hospital's late-tray
 * minutes, saying why; nobody else may, and the kitchen sees late trays counted apart, in its
 * tallies and on its dashboard.
 */
class LateTrayIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void a_late_tray_needs_a_patient_and_a_reason_and_the_kitchen_sees_it_apart() throws Exception {
    RushTenant hospital = RushTenant.register("latetray", 600);
    long soup =
        hospital
            .offerDishes(
                List.of(
                    "{\"name\":\"Late soup\",\"category\":\"Soup\",\"portionSize\":\"1\","
                        + "\"price\":0,\"allergens\":[],\"dietTags\":[]}"),
                20,
                hospital.lunchDay)
            .get(0);
    HospitalRecord record = new HospitalRecord(hospital);
    long first = admit(hospital, record, "5");
    long second = admit(hospital, record, "6");
    String nurse = "nurse@" + hospital.slug;
    hospital.addPersonWithDemoPassword(nurse, "Nurse Tama", null, "WARD_STAFF");
    String ward = Api.tokenFor(nurse);
    for (long patient : new long[] {first, second}) {
      assertThat(
              Api.post(
                      hospital.base() + "/patients/" + patient + "/diet-orders",
                      "{\"nilByMouth\":false,"
                          + "\"diets\":[\"regular\"],\"foodLevel\":7,\"drinkLevel\":0,\"culturalNeeds\":[]}",
                      "application/json",
                      ward)
                  .statusCode())
          .isEqualTo(200);
    }
    hospital.closeLunchOrderingHalfAnHourAgo(120);

    HttpResponse<String> staff =
        hospital.checkout(
            hospital.staff("late"),
            UUID.randomUUID().toString(),
            hospital.order(hospital.lunchDay, soup, 1, "cafe"));
    assertThat(staff.body()).contains("urn:trayflow:problem:ordering-closed");
    HttpResponse<String> noReason =
        hospital.checkout(
            ward, UUID.randomUUID().toString(), bedside(hospital, soup, first, "patient", null));
    assertThat(noReason.body()).contains("late-tray-needs-reason", "with a reason");
    HttpResponse<String> guest =
        hospital.checkout(
            ward,
            UUID.randomUUID().toString(),
            bedside(hospital, soup, first, "guest", "visitor arrived late"));
    assertThat(guest.body())
        .as("late trays are for patients")
        .contains("urn:trayflow:problem:ordering-closed");
    HttpResponse<String> late =
        hospital.checkout(
            ward,
            UUID.randomUUID().toString(),
            bedside(hospital, soup, first, "patient", "back from theatre after the round"));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient_meal where patient_id = ? and late_tray_reason ="
                    + " 'back from theatre after the round'",
                first))
        .isEqualTo(1);

    Page page = Browser.signedInAt(browser.newPhonePage(), nurse, "/ward"); // at the bedside
    Browser.chooseDay(page, "ward-day", hospital.lunchDay);
    assertThat(page.locator("#ordering-state"))
        .containsText("a late tray can still be ordered for a patient until");
    page.locator(".bed-card[data-bed='6'] .order-for-patient").click();
    assertThat(page.locator("#late-tray-reason")).isVisible();
    page.locator("vaadin-checkbox.safe-dish").first().locator("input").check();
    page.locator("#place-patient-meal").click();
    assertThat(page.locator("#patient-meal-problem"))
        .hasText("Say why the tray is late; the kitchen reads it.");
    page.locator("#late-tray-reason input").fill("admitted after the round");
    Browser.screenshot(page, "ward-late-tray-phone");
    page.locator("#place-patient-meal").click();
    assertThat(page.locator(".bed-card[data-bed='6'] .bed-meals")).containsText("Late soup");

    JsonObject tally =
        Api.json(
            Api.get(
                hospital.base()
                    + "/sites/main/production?date="
                    + hospital.lunchDay
                    + "&mealPeriod=lunch",
                hospital.kitchen));
    assertThat(tally.getJsonArray("lateTrays")).hasSize(2);
    assertThat(tally.getJsonArray("lateTrays").toString())
        .contains("back from theatre after the round", "admitted after the round", "1 × Late soup");
    String cook = "chef@" + hospital.slug;
    hospital.addPersonWithDemoPassword(cook, "Chef Hine", null, "KITCHEN_MANAGER");
    Page kitchen = Browser.signedInAt(browser.newPage(), cook, "/kitchen/dashboard");
    Browser.chooseDay(kitchen, "kitchen-day", hospital.lunchDay);
    assertThat(kitchen.locator("#meal-lunch .late-trays"))
        .containsText("2 late trays since ordering closed");
    assertThat(kitchen.locator("#meal-lunch .late-tray")).hasCount(2);
    Browser.screenshot(kitchen, "kitchen-late-trays");
  }

  private static long admit(RushTenant hospital, HospitalRecord record, String bed)
      throws Exception {
    String mrn = "L" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> admitted =
        record.fhir(
            "Encounter",
            "encounter-admit.json",
            Map.of(
                "MRN",
                mrn,
                "BED",
                bed,
                "START",
                HospitalRecord.fhirTime(Instant.now().minusSeconds(600).atZone(RushTenant.ZONE))));
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
    return ServerSide.queryLong(
        "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }

  private static String bedside(
      RushTenant hospital, long dish, long patient, String mealFor, String lateReason) {
    return "{\"site\":\"main\",\"serviceDate\":\""
        + hospital.lunchDay
        + "\",\"mealPeriod\":\"lunch\","
        + "\"location\":\"ward-1\",\"lines\":[{\"item\":"
        + dish
        + ",\"quantity\":1}],\"patient\":"
        + patient
        + ",\"mealFor\":\""
        + mealFor
        + "\""
        + (lateReason == null ? "" : ",\"lateTrayReason\":\"" + lateReason + "\"")
        + "}";
  }
}
