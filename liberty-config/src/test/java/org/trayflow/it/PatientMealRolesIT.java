package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Patients' meals by those who care for patients: every hospital role tries every patient-meal
 * operation (order the patient's meal, a guest's or carer's meal at the bed, cancel a patient's
 * meal); only ward staff, dietitians and the roles the hospital adds succeed, and the others get
 * the answer an unknown patient or meal gets, carrying no name, bed or ward.
 */
class PatientMealRolesIT {

  private static final List<String> NOT_CARING =
      List.of("STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN");
  private static final List<String> CARING = List.of("WARD_STAFF", "DIETITIAN");
  private static final long NO_SUCH_PATIENT = 987_654_321L;

  private static RushTenant hospital;
  private static HospitalRecord record;
  private static long soup;

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("meal-roles", 600);
    record = new HospitalRecord(hospital);
    soup =
        hospital
            .offerDishes(
                List.of(
                    "{\"name\":\"Leek soup\",\"category\":\"Soup\",\"portionSize\":\"1 bowl\","
                        + "\"price\":0,\"allergens\":[],\"dietTags\":[],\"iddsiLevel\":7}"),
                500,
                hospital.lunchDay)
            .get(0);
  }

  private static String token(String role) {
    return ServerSide.tokenFor(
        role.toLowerCase()
            + "-"
            + UUID.randomUUID().toString().substring(0, 6)
            + "@"
            + hospital.slug,
        hospital.id,
        hospital.slug,
        role);
  }

  /** A patient admitted over HL7 with a regular diet, named so that a leak would show. */
  private static long patient(String family, String bed) throws Exception {
    String mrn = "R" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            HospitalRecord.acknowledgement(
                record.send(
                    record
                        .hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", bed))
                        .replace("DOE^JANE", family + "^Ada"))))
        .isEqualTo("AA");
    assertThat(
            HospitalRecord.acknowledgement(
                record.send(
                    record.hl7(
                        "omd-o03-regular.hl7",
                        Map.of(
                            "MRN",
                            mrn,
                            "BED",
                            bed,
                            "PLACER",
                            "P-" + mrn,
                            "START",
                            HospitalRecord.hl7Time(Instant.now().minusSeconds(60)),
                            "END",
                            "")))))
        .isEqualTo("AA");
    return ServerSide.queryLong(
        "select id from patient where tenant_id = ? and mrn = ?", hospital.id, mrn);
  }

  private static HttpResponse<String> order(String token, long patient, String mealFor)
      throws Exception {
    return hospital.checkout(
        token,
        UUID.randomUUID().toString(),
        "{\"site\":\"main\",\"serviceDate\":\""
            + hospital.lunchDay
            + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":[{\"item\":"
            + soup
            + ",\"quantity\":1,\"checkedByHand\":true}],\"patient\":"
            + patient
            + ",\"mealFor\":\""
            + mealFor
            + "\"}");
  }

  private static HttpResponse<String> cancel(String token, long order) throws Exception {
    return Api.post(
        hospital.base() + "/patient-meals/" + order + "/cancellation", "", "text/plain", token);
  }

  @Test
  void only_those_who_care_for_patients_order_and_cancel_a_patients_meal_and_others_learn_nothing()
      throws Exception {
    long okafor = patient("OKAFORTESTNAME", "11");
    for (String role : NOT_CARING) {
      for (String mealFor : List.of("patient", "guest", "carer")) {
        HttpResponse<String> refused = order(token(role), okafor, mealFor);
        HttpResponse<String> unknown = order(token(role), NO_SUCH_PATIENT, mealFor);
        assertThat(refused.statusCode())
            .as(role + " ordering a " + mealFor + " meal: " + refused.body())
            .isEqualTo(404);
        assertThat(refused.body()).doesNotContain("OKAFORTESTNAME", "ward-1", "\"11\"");
        assertThat(sameAnswer(refused, okafor))
            .as(role + ": a patient in hospital and none answer alike")
            .isEqualTo(sameAnswer(unknown, NO_SUCH_PATIENT));
      }
    }
    HttpResponse<String> recordSystem = order(token("RECORD_SYSTEM"), okafor, "patient");
    assertThat(recordSystem.statusCode()).as("a record system orders no meals").isEqualTo(403);
    assertThat(recordSystem.body()).doesNotContain("OKAFORTESTNAME");
    assertThat(
            ServerSide.queryLong("select count(*) from patient_meal where patient_id = ?", okafor))
        .as("nothing was ordered for the patient")
        .isZero();

    long meal = 0;
    for (String role : CARING) {
      long patient = patient("CARED" + role, role.equals("WARD_STAFF") ? "12" : "13");
      HttpResponse<String> ordered = order(token(role), patient, "patient");
      assertThat(ordered.statusCode()).as(role + ": " + ordered.body()).isEqualTo(201);
      meal = Api.json(ordered).getJsonNumber("id").longValue();
    }

    for (String role : NOT_CARING) {
      HttpResponse<String> refused = cancel(token(role), meal);
      HttpResponse<String> unknown = cancel(token(role), NO_SUCH_PATIENT);
      assertThat(refused.statusCode()).as(role + " cancelling: " + refused.body()).isEqualTo(404);
      assertThat(sameAnswer(refused, meal)).isEqualTo(sameAnswer(unknown, NO_SUCH_PATIENT));
    }
    assertThat(cancel(token("WARD_STAFF"), meal).statusCode())
        .as("anyone caring may cancel")
        .isEqualTo(200);
  }

  @Test
  void a_hospital_adds_a_role_that_orders_for_patients_and_only_that_one() throws Exception {
    RushTenant small = RushTenant.register("meal-roles-small", 600);
    small.letOrderForPatients("kitchen-manager");
    HospitalRecord smallRecord = new HospitalRecord(small);
    String mrn = "K" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            HospitalRecord.acknowledgement(
                smallRecord.send(
                    smallRecord.hl7("adt-a01-admit.hl7", Map.of("MRN", mrn, "BED", "1")))))
        .isEqualTo("AA");
    assertThat(
            HospitalRecord.acknowledgement(
                smallRecord.send(
                    smallRecord.hl7(
                        "omd-o03-regular.hl7",
                        Map.of(
                            "MRN",
                            mrn,
                            "BED",
                            "1",
                            "PLACER",
                            "P-" + mrn,
                            "START",
                            HospitalRecord.hl7Time(Instant.now().minusSeconds(60)),
                            "END",
                            "")))))
        .isEqualTo("AA");
    long patient =
        ServerSide.queryLong(
            "select id from patient where tenant_id = ? and mrn = ?", small.id, mrn);
    long dish =
        small
            .offerDishes(
                List.of(
                    "{\"name\":\"Rice pudding\",\"category\":\"Dessert\","
                        + "\"portionSize\":\"1 bowl\",\"price\":0,\"allergens\":[\"milk\"],\"dietTags\":[],\"iddsiLevel\":7}"),
                50,
                small.lunchDay)
            .get(0);
    String body =
        "{\"site\":\"main\",\"serviceDate\":\""
            + small.lunchDay
            + "\",\"mealPeriod\":\"lunch\","
            + "\"location\":\"ward-1\",\"lines\":[{\"item\":"
            + dish
            + ",\"quantity\":1,\"checkedByHand\":true}],"
            + "\"patient\":"
            + patient
            + "}";
    String staff = ServerSide.tokenFor("porter@" + small.slug, small.id, small.slug, "STAFF");
    String kitchen =
        ServerSide.tokenFor("cook@" + small.slug, small.id, small.slug, "KITCHEN_MANAGER");
    assertThat(small.checkout(staff, UUID.randomUUID().toString(), body).statusCode())
        .isEqualTo(404);
    HttpResponse<String> byKitchen = small.checkout(kitchen, UUID.randomUUID().toString(), body);
    assertThat(byKitchen.statusCode()).as(byKitchen.body()).isEqualTo(201);
  }

  /** The problem document with the id asked about taken out, and without its correlation id. */
  private static String sameAnswer(HttpResponse<String> response, long asked) {
    JsonObject problem = Api.json(response);
    return response.statusCode()
        + " "
        + problem.getString("type")
        + " "
        + problem.getString("title")
        + " "
        + problem.getString("detail").replace(String.valueOf(asked), "#");
  }
}
