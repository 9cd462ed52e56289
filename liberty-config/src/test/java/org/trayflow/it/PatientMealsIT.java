package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ward ordering through the real checkout: a generated matrix of patients (diets, allergies, IDDSI
 * levels, needs) against generated dishes, where no unsafe order is accepted and every safe one is;
 * a diet or allergy change after ordering flags the meal to the ward and the kitchen (held back, on
 * the tray ticket, resolved only by a check or a cancellation); guests and carers eat what they
 * like; another hospital's patients do not exist.
 */
class PatientMealsIT {

  private static RushTenant hospital;
  private static HospitalRecord record;
  private static String ward;

  @BeforeAll
  static void hospital() throws Exception {
    hospital = RushTenant.register("wardmeals", 600);
    record = new HospitalRecord(hospital);
    ward = ServerSide.tokenFor("nurse@" + hospital.slug, hospital.id, hospital.slug, "WARD_STAFF");
  }

  /** A dish as generated: what it declares and how it is labelled. */
  private record Dish(
      long id,
      String category,
      String allergen,
      String mayContain,
      List<String> tags,
      Integer iddsi) {}

  /** A patient as generated. */
  private record Person(
      long id, List<String> diets, String allergy, int food, int drink, List<String> needs) {}

  private static List<Dish> offerGeneratedDishes() throws Exception {
    String[] allergens = {null, "peanuts", "milk", "cereals-containing-gluten"};
    String[] traces = {null, "tree-nuts", null, "peanuts", "cereals-containing-gluten"};
    List<List<String>> tagSets =
        List.of(
            List.of(),
            List.of("diabetic"),
            List.of("renal", "low-sodium"),
            List.of("halal", "diabetic"),
            List.of("gluten-free", "renal", "halal"),
            List.of("vegan"),
            List.of("vegetarian", "diabetic"),
            List.of("vegan", "renal", "low-sodium"));
    Integer[] foodLevels = {null, 5, 4, 6, 3};
    Integer[] drinkLevels = {null, 1, 2, 3};
    List<String> bodies = new ArrayList<>();
    List<Dish> specs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean drink = i % 4 == 3;
      List<String> tags = tagSets.get((i * 3) % tagSets.size());
      boolean plantBased = tags.contains("vegan") || tags.contains("vegetarian");
      String allergen =
          plantBased && "milk".equals(allergens[i % allergens.length]) && tags.contains("vegan")
              ? null
              : allergens[i % allergens.length];
      String trace = traces[(i / 2) % traces.length];
      if (trace != null
          && (trace.equals(allergen)
              || tags.contains("gluten-free") && trace.equals("cereals-containing-gluten"))) {
        trace = null;
      }
      if (tags.contains("gluten-free") && "cereals-containing-gluten".equals(allergen)) {
        allergen = null;
      }
      Integer iddsi =
          drink ? drinkLevels[i % drinkLevels.length] : foodLevels[(i * 2) % foodLevels.length];
      bodies.add(
          "{\"name\":\"Generated "
              + i
              + " "
              + UUID.randomUUID().toString().substring(0, 4)
              + "\",\"category\":\""
              + (drink ? "Drinks" : "Main")
              + "\",\"portionSize\":\"1\",\"price\":0,"
              + "\"allergens\":"
              + words(allergen == null ? List.of() : List.of(allergen))
              + ",\"mayContain\":"
              + words(trace == null ? List.of() : List.of(trace))
              + ",\"dietTags\":"
              + words(tags)
              + (iddsi == null ? "" : ",\"iddsiLevel\":" + iddsi)
              + "}");
      specs.add(new Dish(0, drink ? "Drinks" : "Main", allergen, trace, tags, iddsi));
    }
    List<Long> ids = hospital.offerDishes(bodies, 1000, hospital.lunchDay);
    List<Dish> dishes = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Dish spec = specs.get(i);
      dishes.add(
          new Dish(
              ids.get(i),
              spec.category(),
              spec.allergen(),
              spec.mayContain(),
              spec.tags(),
              spec.iddsi()));
    }
    return dishes;
  }

  private static long admit(String bed) throws Exception {
    String mrn = "W" + UUID.randomUUID().toString().substring(0, 8);
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

  private static void dietOrder(long patient, String body) throws Exception {
    HttpResponse<String> entered =
        Api.post(
            hospital.base() + "/patients/" + patient + "/diet-orders",
            body,
            "application/json",
            ward);
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
  }

  private static String diet(List<String> diets, int food, int drink, List<String> needs) {
    return "{\"nilByMouth\":false,\"diets\":"
        + words(diets)
        + ",\"foodLevel\":"
        + food
        + ",\"drinkLevel\":"
        + drink
        + ",\"culturalNeeds\":"
        + words(needs)
        + "}";
  }

  private static String words(List<String> words) {
    return "[" + String.join(",", words.stream().map(w -> "\"" + w + "\"").toList()) + "]";
  }

  private static HttpResponse<String> allergies(long patient, List<String> allergens)
      throws Exception {
    return Api.HTTP.send(
        Api.request(hospital.base() + "/patients/" + patient + "/allergies", ward)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"allergens\":" + words(allergens) + ",\"other\":\"\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> order(long patient, long dish, String mealFor)
      throws Exception {
    return hospital.checkout(
        ward,
        UUID.randomUUID().toString(),
        "{\"site\":\"main\",\"serviceDate\":\""
            + hospital.lunchDay
            + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":[{\"item\":"
            + dish
            + ",\"quantity\":1}],\"patient\":"
            + patient
            + ",\"mealFor\":\""
            + mealFor
            + "\"}");
  }

  private static HttpResponse<String> cancel(long order) throws Exception {
    return Api.post(
        hospital.base() + "/patient-meals/" + order + "/cancellation", "", "text/plain", ward);
  }

  @Test
  void in_a_generated_matrix_no_unsafe_meal_is_accepted_and_every_safe_one_is() throws Exception {
    List<Dish> dishes = offerGeneratedDishes();
    List<List<String>> diets =
        List.of(
            List.of("regular"),
            List.of("diabetic"),
            List.of("renal"),
            List.of("renal", "low-sodium"),
            List.of("gluten-free"));
    String[] allergies = {null, "peanuts", "milk", "tree-nuts"};
    int[] foods = {7, 6, 5, 4};
    int[] drinks = {0, 1, 2, 3};
    List<List<String>> needs = List.of(List.of(), List.of("halal"), List.of("vegetarian"));
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long id = admit(String.valueOf(100 + i));
      Person person =
          new Person(
              id,
              diets.get(i % diets.size()),
              allergies[(i / 2) % allergies.length],
              foods[(i / 3) % foods.length],
              drinks[(i * 3 / 2) % drinks.length],
              needs.get((i / 5) % needs.size()));
      if (person.allergy() != null) {
        assertThat(allergies(id, List.of(person.allergy())).statusCode()).isEqualTo(200);
      }
      dietOrder(id, diet(person.diets(), person.food(), person.drink(), person.needs()));
      people.add(person);
    }
    int accepted = 0;
    int refused = 0;
    int refusedForTraces = 0;
    int throughTaxonomy = 0;
    for (Person person : people) {
      for (Dish dish : dishes) {
        HttpResponse<String> placed = order(person.id(), dish.id(), "patient");
        if (safe(person, dish)) {
          assertThat(placed.statusCode())
              .as("safe: %s for %s: %s", dish, person, placed.body())
              .isEqualTo(201);
          assertThat(cancel(Api.json(placed).getJsonNumber("id").longValue()).statusCode())
              .isEqualTo(200);
          accepted++;
          if (!dish.tags().containsAll(required(person))) {
            throughTaxonomy++;
          }
        } else {
          assertThat(placed.statusCode())
              .as("unsafe: %s for %s: %s", dish, person, placed.body())
              .isEqualTo(422);
          assertThat(placed.body()).contains("urn:trayflow:problem:unsafe-meal", "lines[0].item");
          refused++;
          if (safe(
                  new Person(
                      person.id(),
                      person.diets(),
                      null,
                      person.food(),
                      person.drink(),
                      person.needs()),
                  dish)
              && person.allergy().equals(dish.mayContain())) {
            refusedForTraces++;
          }
        }
      }
    }
    System.out.printf(
        "Patient meal matrix through the checkout: %d safe meals accepted, %d unsafe refused"
            + " (%d for a may-contain label alone), %d accepted through the diet taxonomy alone%n",
        accepted, refused, refusedForTraces, throughTaxonomy);
    assertThat(accepted).as("safe pairs tried").isGreaterThan(10);
    assertThat(refused).as("unsafe pairs tried").isGreaterThan(50);
    assertThat(refusedForTraces).as("refused for may contain alone").isPositive();
    assertThat(throughTaxonomy).as("needs met only through the taxonomy").isPositive();
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders o join patient_meal pm on pm.order_id = o.id"
                    + " and pm.service_date = o.service_date where o.tenant_id = ? and o.status = 'PLACED'",
                hospital.id))
        .as("every accepted meal was then cancelled; nothing else was written")
        .isZero();
  }

  /**
   * The written rules (docs/patient-records.md), restated here on their own, for the test hospital:
   * it refuses "may contain" to the allergic, and its taxonomy makes a vegan dish vegetarian
   * (always) and halal (its own).
   */
  private static boolean safe(Person person, Dish dish) {
    if (person.allergy() != null
        && (person.allergy().equals(dish.allergen())
            || person.allergy().equals(dish.mayContain()))) {
      return false;
    }
    Set<String> met = new TreeSet<>(dish.tags());
    if (met.contains("vegan")) {
      met.addAll(List.of("vegetarian", "halal"));
    }
    if (!met.containsAll(required(person))) {
      return false;
    }
    if (person.diets().contains("gluten-free")
        && ("cereals-containing-gluten".equals(dish.allergen())
            || "cereals-containing-gluten".equals(dish.mayContain()))) {
      return false;
    }
    boolean drink = dish.category().equals("Drinks");
    int level = dish.iddsi() != null ? dish.iddsi() : drink ? 0 : 7;
    if (!drink && level > person.food()) {
      return false;
    }
    return level > 4 || level >= person.drink();
  }

  /** One dish of that name (made unique), category, allergens and diets, offered at lunch. */
  private long lunchDish(
      String name, String category, List<String> allergens, List<String> dietTags, int portions)
      throws Exception {
    return hospital
        .offerDishes(
            List.of(
                Json.createObjectBuilder()
                    .add("name", name + " " + UUID.randomUUID().toString().substring(0, 4))
                    .add("category", category)
                    .add("portionSize", "1")
                    .add("price", 0)
                    .add("allergens", Json.createArrayBuilder(allergens))
                    .add("dietTags", Json.createArrayBuilder(dietTags))
                    .build()
                    .toString()),
            portions,
            hospital.lunchDay)
        .get(0);
  }

  private static Set<String> required(Person person) {
    Set<String> required = new TreeSet<>(person.needs());
    person.diets().stream().filter(d -> !d.equals("regular")).forEach(required::add);
    return required;
  }

  @Test
  void an_allergy_trayflow_cannot_check_needs_every_dish_checked_by_hand_which_the_meal_records()
      throws Exception {
    long toast = lunchDish("Toast", "Main", List.of(), List.of(), 50);
    long patient = admit("30");
    dietOrder(patient, diet(List.of("regular"), 7, 0, List.of()));
    HttpResponse<String> declared =
        Api.HTTP.send(
            Api.request(hospital.base() + "/patients/" + patient + "/allergies", ward)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"allergens\":[],\"other\":\"kiwi\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);

    HttpResponse<String> unchecked = order(patient, toast, "patient");
    assertThat(unchecked.statusCode()).isEqualTo(422);
    assertThat(unchecked.body())
        .contains(
            "urn:trayflow:problem:not-checked-by-hand",
            "lines[0].checkedByHand",
            "has not been checked by hand against kiwi");
    HttpResponse<String> checked =
        hospital.checkout(
            ward,
            UUID.randomUUID().toString(),
            "{\"site\":\"main\","
                + "\"serviceDate\":\""
                + hospital.lunchDay
                + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":"
                + "[{\"item\":"
                + toast
                + ",\"quantity\":1,\"checkedByHand\":true}],\"patient\":"
                + patient
                + "}");
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(201);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from patient_meal where patient_id = ? and"
                    + " checked_by_hand_against = 'kiwi'",
                patient))
        .isEqualTo(1);
    assertThat(cancel(Api.json(checked).getJsonNumber("id").longValue()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void an_allergy_declared_after_ordering_flags_the_meal_which_is_held_back_until_cancelled()
      throws Exception {
    long rice = lunchDish("Rice pudding", "Dessert", List.of("milk"), List.of("diabetic"), 100);
    long unsafeLater = admit("21");
    dietOrder(unsafeLater, diet(List.of("regular"), 7, 0, List.of()));
    long stillSafe = admit("22");
    dietOrder(stillSafe, diet(List.of("regular"), 7, 0, List.of()));
    long unsafeMeal = Api.json(order(unsafeLater, rice, "patient")).getJsonNumber("id").longValue();
    long safeMeal = Api.json(order(stillSafe, rice, "patient")).getJsonNumber("id").longValue();

    HttpResponse<String> declared = allergies(unsafeLater, List.of("milk"));
    assertThat(Api.json(declared).getInt("flaggedMeals")).isEqualTo(1);
    dietOrder(stillSafe, diet(List.of("diabetic"), 7, 0, List.of()));

    HttpResponse<String> board =
        Api.get(
            hospital.base()
                + "/sites/main/wards/ward-1/board?serviceDate="
                + hospital.lunchDay
                + "&mealPeriod=lunch",
            ward);
    assertThat(board.body())
        .contains("\"stillSafe\":false", "contains milk (allergy)", "\"stillSafe\":true");
    String kitchen = hospital.kitchen;
    JsonObject tally =
        Api.json(
            Api.get(
                hospital.base()
                    + "/sites/main/production?date="
                    + hospital.lunchDay
                    + "&mealPeriod=lunch",
                kitchen));
    assertThat(tally.getInt("flaggedMeals")).isEqualTo(2);
    assertThat(tally.getJsonObject("patientMealsByDiet").getInt("regular")).isEqualTo(2);

    HttpResponse<byte[]> tickets =
        Api.HTTP.send(
            Api.request(
                    hospital.base()
                        + "/sites/main/production/tray-tickets"
                        + "?date="
                        + hospital.lunchDay
                        + "&mealPeriod=lunch",
                    ward)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(tickets.statusCode()).isEqualTo(200);
    try (var pdf = Loader.loadPDF(tickets.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(
              "HOLD - DIET CHANGED",
              "Ward 1 - bed 21",
              "Ward 1 - bed 22",
              "Allergens: MILK",
              "NOT SAFE",
              "Diet: diabetic");
      assertThat(text.indexOf("bed 21"))
          .as("delivery order: bed 21 before bed 22")
          .isLessThan(text.indexOf("bed 22"));
    }

    HttpResponse<String> moved =
        Api.post(
            hospital.base() + "/sites/main/production/status",
            "{\"date\":\""
                + hospital.lunchDay
                + "\",\"mealPeriod\":\"lunch\",\"status\":\"IN_PREPARATION\",\"override\":true}",
            "application/json",
            kitchen);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(status(unsafeMeal)).as("held back").isEqualTo("PLACED");
    assertThat(status(safeMeal)).as("held back until checked").isEqualTo("PLACED");

    long unsafeFlag = flagOf(unsafeMeal);
    HttpResponse<String> notSafe =
        Api.post(hospital.base() + "/meal-flags/" + unsafeFlag + "/check", "", "text/plain", ward);
    assertThat(notSafe.statusCode()).isEqualTo(409);
    assertThat(notSafe.body()).contains("cancel it");
    assertThat(
            Api.post(
                    hospital.base() + "/meal-flags/" + flagOf(safeMeal) + "/check",
                    "",
                    "text/plain",
                    ward)
                .statusCode())
        .isEqualTo(204);
    assertThat(cancel(unsafeMeal).statusCode()).isEqualTo(200);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from meal_flag where id = ? and resolution = 'CANCELLED'",
                unsafeFlag))
        .isEqualTo(1);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from audit_entry where tenant_id = ? and action ="
                    + " 'allergies-declared' and actor = ? and detail = (select mrn from patient where id = ?) || ': milk'",
                hospital.id,
                "nurse@" + hospital.slug,
                unsafeLater))
        .as("audited under the nurse's name")
        .isEqualTo(1);

    Api.post(
        hospital.base() + "/sites/main/production/status",
        "{\"date\":\""
            + hospital.lunchDay
            + "\",\"mealPeriod\":\"lunch\",\"status\":\"IN_PREPARATION\",\"override\":true}",
        "application/json",
        kitchen);
    assertThat(status(safeMeal)).as("checked, so it goes ahead").isEqualTo("IN_PREPARATION");
  }

  private static String status(long order) throws Exception {
    try (var db = ServerSide.database();
        var query = db.prepareStatement("select status from orders where id = ?")) {
      query.setLong(1, order);
      try (var rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static long flagOf(long order) throws Exception {
    return ServerSide.queryLong(
        "select id from meal_flag where order_id = ? and resolved_at is null", order);
  }

  @Test
  void
      eight_nurses_ordering_for_one_patient_at_once_order_one_meal_and_a_racing_allergy_never_goes_unflagged()
          throws Exception {
    long pudding = lunchDish("Race pudding", "Dessert", List.of("eggs"), List.of(), 100);
    long patient = admit("40");
    dietOrder(patient, diet(List.of("regular"), 7, 0, List.of()));
    List<HttpResponse<String>> answers =
        AllAtOnce.run(
            9,
            i ->
                () ->
                    i == 8
                        ? allergies(patient, List.of("eggs"))
                        : hospital.checkout(
                            ServerSide.tokenFor(
                                "nurse" + i + "@" + hospital.slug,
                                hospital.id,
                                hospital.slug,
                                "WARD_STAFF"),
                            UUID.randomUUID().toString(),
                            "{\"site\":\"main\",\"serviceDate\":\""
                                + hospital.lunchDay
                                + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":[{\"item\":"
                                + pudding
                                + ",\"quantity\":1}],\"patient\":"
                                + patient
                                + "}"));
    assertThat(answers.get(8).statusCode()).isEqualTo(200);
    long placed =
        answers.subList(0, 8).stream().filter(answer -> answer.statusCode() == 201).count();
    assertThat(placed)
        .as("one meal per patient per meal, whoever orders it")
        .isLessThanOrEqualTo(1);
    assertThat(answers.subList(0, 8))
        .allSatisfy(
            answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409, 422));
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders o join patient_meal pm on pm.order_id = o.id"
                    + " and pm.service_date = o.service_date where pm.patient_id = ? and o.status = 'PLACED'",
                patient))
        .isEqualTo(placed);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders o join patient_meal pm on pm.order_id = o.id"
                    + " and pm.service_date = o.service_date where pm.patient_id = ? and o.status = 'PLACED'"
                    + " and not exists (select 1 from meal_flag f where f.order_id = o.id and not f.still_safe"
                    + " and f.resolved_at is null)",
                patient))
        .as("a pudding with eggs placed before the egg allergy is flagged; none placed after it")
        .isZero();
  }

  @Test
  void meals_ordered_at_beds_do_not_count_against_the_nurses_own_limit() throws Exception {
    long stew = lunchDish("Ward stew", "Main", List.of(), List.of(), 100);
    long patient = admit("31");
    // the hospital allows two orders per person and meal: the nurse orders two at the bed first
    assertThat(order(patient, stew, "guest").statusCode()).isEqualTo(201);
    assertThat(order(patient, stew, "carer").statusCode()).isEqualTo(201);

    List<Integer> own = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      own.add(
          hospital
              .checkout(ward, UUID.randomUUID().toString(), hospital.order(stew, 1))
              .statusCode());
    }
    assertThat(own).containsExactly(201, 201, 409);
  }

  @Test
  void
      guests_eat_what_they_like_beside_a_patient_on_hold_and_other_hospitals_patients_do_not_exist()
          throws Exception {
    long soup = lunchDish("Guest soup", "Soup", List.of(), List.of(), 100);
    long patient = admit("30");
    dietOrder(
        patient,
        "{\"nilByMouth\":true,\"holdReason\":\"theatre\",\"diets\":[],\"culturalNeeds\":[]}");
    assertThat(order(patient, soup, "patient").body()).contains("nil-by-mouth");
    assertThat(order(patient, soup, "guest").statusCode()).isEqualTo(201);
    assertThat(order(patient, soup, "carer").statusCode()).isEqualTo(201);

    RushTenant other = RushTenant.register("otherward", 600);
    String otherWard =
        ServerSide.tokenFor("nurse@" + other.slug, other.id, other.slug, "WARD_STAFF");
    HttpResponse<String> read = Api.get(other.base() + "/patients/" + patient, otherWard);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).contains("patient-not-found").doesNotContain("ROE");
    long theirSoup = other.offerDish("Their soup", 10);
    HttpResponse<String> orderThere =
        other.checkout(
            otherWard,
            UUID.randomUUID().toString(),
            "{\"site\":\"main\","
                + "\"serviceDate\":\""
                + other.lunchDay
                + "\",\"mealPeriod\":\"lunch\",\"location\":\"ward-1\",\"lines\":"
                + "[{\"item\":"
                + theirSoup
                + ",\"quantity\":1}],\"patient\":"
                + patient
                + "}");
    assertThat(orderThere.statusCode()).isEqualTo(404);
    assertThat(orderThere.body()).contains("patient-not-found").doesNotContain("ROE");
  }
}
