package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Admissions and diet orders from the hospital's record (HL7 v2 over MLLP, FHIR R4 over REST; the
 * messages are files under src/test/resources/records, malformed ones included), and what they do
 * to ordering: every message acknowledged and kept, the same message twice changing nothing,
 * nil-by-mouth holds starting, released and expiring, and a released hold never bringing back the
 * diet before it.
 */
class PatientRecordsIT {

  private static RushTenant hospital;
  private static HospitalRecord record;
  private static long soup;
  private static String ward;

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("records", 600);
    record = new HospitalRecord(hospital);
    soup =
        hospital
            .offerDishes(
                List.of(
                    "{\"name\":\"Pumpkin soup\",\"category\":\"Soup\","
                        + "\"portionSize\":\"1 bowl\",\"price\":0,\"allergens\":[],\"dietTags\":[\"renal\",\"halal\"],"
                        + "\"iddsiLevel\":4}"),
                500,
                hospital.lunchDay)
            .get(0);
    ward = ServerSide.tokenFor("nurse@" + hospital.slug, hospital.id, hospital.slug, "WARD_STAFF");
  }

  private static String mrn() {
    return "M" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static long patientId(String mrn) throws Exception {
    return ServerSide.queryLong(
        "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }

  private static String admit(String mrn, String bed) throws Exception {
    String ack = record.send(record.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", bed)));
    assertThat(HospitalRecord.acknowledgement(ack)).as(ack).isEqualTo("AA");
    return mrn;
  }

  private static String hl7(String file, String mrn, Map<String, String> more) throws Exception {
    Map<String, String> values = new HashMap<>(more);
    values.put("MRN", mrn);
    values.putIfAbsent("PLACER", "P-" + UUID.randomUUID().toString().substring(0, 8));
    values.putIfAbsent("START", HospitalRecord.hl7Time(Instant.now().minusSeconds(60)));
    values.putIfAbsent("END", "");
    values.putIfAbsent("BED", "1");
    return record.send(record.hl7(file, values));
  }

  private static HttpResponse<String> soupFor(String mrn) throws Exception {
    return hospital.checkout(
        ward,
        UUID.randomUUID().toString(),
        "{\"site\":\"main\",\"serviceDate\":\""
            + hospital.lunchDay
            + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":[{\"item\":"
            + soup
            + ",\"quantity\":1,\"checkedByHand\":true}],\"patient\":"
            + patientId(mrn)
            + "}");
  }

  private static Instant lunchDayAt(String time) {
    return hospital.lunchDay.atTime(LocalTime.parse(time)).atZone(RushTenant.ZONE).toInstant();
  }

  @Test
  void an_admission_and_a_diet_order_over_mllp_are_applied_once_each_and_acknowledged()
      throws Exception {
    String mrn = admit(mrn(), "7");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient where tenant_id = ? and mrn = ? and bed = '7'"
                    + " and allergies = '{PEANUTS}' and intolerances = 'Kiwi fruit'",
                hospital.id,
                mrn))
        .as("peanuts declared, kiwi kept as text, the drug allergy left to the pharmacy")
        .isEqualTo(1);

    String order =
        record.hl7(
            "omd-o03-diet.hl7",
            Map.of(
                "MRN",
                mrn,
                "BED",
                "7",
                "PLACER",
                "D-" + mrn,
                "START",
                HospitalRecord.hl7Time(Instant.now().minusSeconds(60))));
    assertThat(HospitalRecord.acknowledgement(record.send(order))).isEqualTo("AA");
    assertThat(HospitalRecord.acknowledgement(record.send(order)))
        .as("the same message again")
        .isEqualTo("AA");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from diet_order where patient_id = ?", patientId(mrn)))
        .isEqualTo(1);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from diet_order where patient_id = ? and diets = '{renal}'"
                    + " and food_level = 5 and drink_level = 2 and cultural_needs = '{halal}'"
                    + " and supplements = 'Fortified milkshake; 200 ml twice daily; tray: No salt sachet on the tray'",
                patientId(mrn)))
        .isEqualTo(1);

    JsonObject details = Api.json(Api.get(hospital.base() + "/patients/" + patientId(mrn), ward));
    assertThat(details.getString("dietNow")).isEqualTo("diet");
    assertThat(details.getString("dietSummary"))
        .contains("renal", "halal", "food IDDSI 5 minced & moist", "drinks IDDSI 2 mildly thick");

    assertThat(HospitalRecord.acknowledgement(hl7("adt-a02-transfer.hl7", mrn, Map.of("BED", "9"))))
        .isEqualTo("AA");
    HttpResponse<String> board =
        Api.get(
            hospital.base()
                + "/sites/main/wards/ward-1/board?serviceDate="
                + hospital.lunchDay
                + "&mealPeriod=lunch",
            ward);
    assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
    assertThat(board.body()).contains("\"bed\":\"9\"", "\"mrn\":\"" + mrn + "\"");
    HttpResponse<String> soupOrdered = soupFor(mrn);
    assertThat(soupOrdered.statusCode())
        .as("a renal, halal pureed soup for a renal, halal patient")
        .isEqualTo(201);

    assertThat(HospitalRecord.acknowledgement(hl7("adt-a03-discharge.hl7", mrn, Map.of())))
        .isEqualTo("AA");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from meal_flag where order_id = ? and not still_safe"
                    + " and reason = 'patient discharged' and resolved_at is null",
                Api.json(soupOrdered).getJsonNumber("id").longValue()))
        .as("the meal ordered for after the discharge is flagged for cancelling")
        .isEqualTo(1);
    assertThat(
            Api.get(
                    hospital.base()
                        + "/sites/main/wards/ward-1/board?serviceDate="
                        + hospital.lunchDay
                        + "&mealPeriod=lunch",
                    ward)
                .body())
        .doesNotContain(mrn);
  }

  @Test
  void bad_messages_are_answered_with_the_reason_and_kept() throws Exception {
    String mrn = admit(mrn(), "3");
    assertAnswer(hl7("adt-a01-unknown-ward.hl7", mrn, Map.of()), "AE", "ward-99");
    assertAnswer(hl7("omd-o03-unknown-diet.hl7", mrn, Map.of()), "AE", "MOONBEAM");
    assertAnswer(hl7("omd-o03-two-diet-orders.hl7", mrn, Map.of()), "AE", "one diet order per");
    assertAnswer(hl7("omd-o03-regular.hl7", "NEVER-ADMITTED", Map.of()), "AE", "NEVER-ADMITTED");
    assertAnswer(hl7("malformed-no-message-type.hl7", mrn, Map.of()), "AR", "");
    assertAnswer(
        hl7("unknown-sender.hl7", mrn, Map.of()), "AR", "MSH-4 sending facility must be TEST-PAS");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from inbound_message where tenant_id = ? and acknowledgement"
                    + " in ('AE', 'AR') and reason <> ''",
                hospital.id))
        .isGreaterThanOrEqualTo(6);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from diet_order where patient_id = ?", patientId(mrn)))
        .as("nothing of a refused message was applied")
        .isZero();
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient where tenant_id = ? and mrn = ?"
                    + " and discharged_at is null",
                hospital.id,
                mrn))
        .as("the rogue discharge changed nothing")
        .isEqualTo(1);

    String unaddressed = record.hl7("unknown-hospital.hl7", Map.of("MRN", mrn));
    String ack = record.send(unaddressed);
    assertThat(HospitalRecord.acknowledgement(ack)).isEqualTo("AR");
    String control = unaddressed.split("\r")[0].split("\\|")[9];
    assertThat(
            ServerSide.queryLong(
                "select count(*) from inbound_message where tenant_id = ? and message_key = ?"
                    + " and reason like 'MSH-6 receiving facility must be %'",
                hospital.id, control))
        .as("kept under the hospital whose engine sent it")
        .isEqualTo(1);
    assertThat(HospitalRecord.acknowledgement(record.send("this is not an HL7 message at all")))
        .isEqualTo("AR");

    HttpResponse<String> kept =
        Api.get(
            hospital.base() + "/record-messages?limit=20",
            ServerSide.tokenFor(
                "admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN"));
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(kept.body())
        .contains("\"acknowledgement\":\"AE\"", "MOONBEAM", "\"acknowledgement\":\"AR\"")
        .doesNotContain("no-such-hospital");
  }

  private static void assertAnswer(String ack, String code, String reasonContains) {
    assertThat(HospitalRecord.acknowledgement(ack)).as(ack).isEqualTo(code);
    assertThat(ack.split("\r")[0].split("\\|")[9])
        .as("the ACK's own control id")
        .matches("TF[0-9a-f]{18}");
    assertThat(ack).as("the reason travels in the ACK").contains(reasonContains);
  }

  @Test
  void a_hold_blocks_meals_its_release_needs_a_new_diet_order_and_a_new_order_feeds_again()
      throws Exception {
    String mrn = admit(mrn(), "4");
    assertThat(soupFor(mrn).statusCode()).as("no diet order yet").isEqualTo(422);
    assertThat(HospitalRecord.acknowledgement(hl7("omd-o03-diet.hl7", mrn, Map.of())))
        .isEqualTo("AA");
    HttpResponse<String> fed = soupFor(mrn);
    assertThat(fed.statusCode()).as(fed.body()).isEqualTo(201);
    long meal = Api.json(fed).getJsonNumber("id").longValue();
    assertThat(
            Api.post(
                    hospital.base() + "/patient-meals/" + meal + "/cancellation",
                    "",
                    "text/plain",
                    ward)
                .statusCode())
        .isEqualTo(200);

    assertThat(
            HospitalRecord.acknowledgement(
                hl7(
                    "omd-o03-hold.hl7",
                    mrn,
                    Map.of("END", HospitalRecord.hl7Time(lunchDayAt("13:00"))))))
        .isEqualTo("AA");
    HttpResponse<String> held = soupFor(mrn);
    assertThat(held.statusCode()).isEqualTo(422);
    assertThat(held.body()).contains("urn:trayflow:problem:nil-by-mouth", "nil by mouth until");

    assertThat(HospitalRecord.acknowledgement(hl7("omd-o03-release.hl7", mrn, Map.of())))
        .isEqualTo("AA");
    HttpResponse<String> released = soupFor(mrn);
    assertThat(released.statusCode()).isEqualTo(422);
    assertThat(released.body())
        .contains("urn:trayflow:problem:no-diet-order", "a new diet order is needed");

    assertThat(HospitalRecord.acknowledgement(hl7("omd-o03-diet.hl7", mrn, Map.of())))
        .isEqualTo("AA");
    assertThat(soupFor(mrn).statusCode()).as("fed again after a new diet order").isEqualTo(201);
  }

  @Test
  void a_hold_that_ends_before_the_meal_leaves_the_patient_without_a_diet_order_at_that_meal()
      throws Exception {
    String mrn = admit(mrn(), "5");
    assertThat(HospitalRecord.acknowledgement(hl7("omd-o03-diet.hl7", mrn, Map.of())))
        .isEqualTo("AA");
    assertThat(
            HospitalRecord.acknowledgement(
                hl7(
                    "omd-o03-hold.hl7",
                    mrn,
                    Map.of("END", HospitalRecord.hl7Time(lunchDayAt("10:00"))))))
        .isEqualTo("AA");
    HttpResponse<String> expired = soupFor(mrn);
    assertThat(expired.statusCode()).isEqualTo(422);
    assertThat(expired.body()).contains("no-diet-order", "the nil-by-mouth hold ended");
  }

  @Test
  void only_a_hospital_that_names_a_house_diet_feeds_a_patient_without_a_diet_order()
      throws Exception {
    for (String tenant : List.of("riverside", "st-mungos")) {
      long newlyAdmitted =
          ServerSide.queryLong(
              "select p.id from patient p join tenant t on t.id = p.tenant_id"
                  + " where t.slug = ? and p.mrn = 'D1005'",
              tenant);
      JsonObject details =
          Api.json(
              Api.get(
                  "/api/v1/t/" + tenant + "/patients/" + newlyAdmitted,
                  Api.tokenFor("ward-staff@" + tenant)));
      if (tenant.equals("riverside")) {
        assertThat(details.getString("dietSummary")).isEqualTo("house diet: regular");
      } else {
        assertThat(details.getString("dietNow")).isEqualTo("no-diet-order");
      }
    }
  }

  @Test
  void fhir_encounters_and_nutrition_orders_are_applied_once_and_bad_ones_answered()
      throws Exception {
    String mrn = mrn();
    String start =
        HospitalRecord.fhirTime(Instant.now().minus(Duration.ofMinutes(5)).atZone(RushTenant.ZONE));
    HttpResponse<String> admitted =
        record.fhir(
            "Encounter", "encounter-admit.json", Map.of("MRN", mrn, "BED", "12", "START", start));
    assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(200);
    assertThat(Api.json(admitted).getString("code")).isEqualTo("AA");

    Map<String, String> diet = Map.of("MRN", mrn, "PLACER", "F-" + mrn, "START", start);
    HttpResponse<String> ordered = record.fhir("NutritionOrder", "nutrition-order-diet.json", diet);
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
    assertThat(record.fhir("NutritionOrder", "nutrition-order-diet.json", diet).statusCode())
        .isEqualTo(200);
    long patient = patientId(mrn);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from diet_order where patient_id = ? and diets = '{diabetic}'"
                    + " and food_level = 6 and drink_level = 1 and cultural_needs = '{halal}'"
                    + " and energy_target_kcal = 2000 and protein_target_g = 80.5",
                patient))
        .isEqualTo(1);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient where id = ? and allergies = '{MILK}'"
                    + " and intolerances = 'Kiwi fruit' and family_name = 'ROE' and bed = '12'",
                patient))
        .isEqualTo(1);

    HttpResponse<String> unknown =
        record.fhir(
            "NutritionOrder",
            "nutrition-order-unknown-diet.json",
            Map.of("MRN", mrn, "PLACER", "U-" + mrn, "START", start));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("record-message-error", "moonbeam");
    HttpResponse<String> malformed = record.fhir("NutritionOrder", "malformed.json", Map.of());
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.body()).contains("record-message-rejected").doesNotContain("Exception");
    HttpResponse<String> wrongType =
        record.fhir("NutritionOrder", "patient-not-an-order.json", Map.of("MRN", mrn));
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(wrongType.body()).contains("record-message-rejected", "a Patient was sent");

    String end = HospitalRecord.fhirTime(lunchDayAt("13:00").atZone(RushTenant.ZONE));
    assertThat(
            record
                .fhir(
                    "NutritionOrder",
                    "nutrition-order-npo.json",
                    Map.of("MRN", mrn, "PLACER", "N-" + mrn, "START", start, "END", end))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> held = soupFor(mrn);
    assertThat(held.statusCode()).isEqualTo(422);
    assertThat(held.body()).contains("nil-by-mouth");

    HttpResponse<String> notARecordSystem =
        Api.post(hospital.base() + "/fhir/Encounter", "{}", "application/fhir+json", ward);
    assertThat(notARecordSystem.statusCode()).isEqualTo(403);
  }
}
