package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * St Mungo's kitchen plans and publishes a week through the API; staff read it, cached and
 * revalidated with ETags; bad input is refused field by field and published versions never change.
 */
class MenusApiIT {

  private static final String BASE = "/api/v1/t/st-mungos";

  private String kitchen;
  private String staff;

  /** Each test plans a week of its own, far enough ahead that no other test plans it. */
  private LocalDate week;

  @BeforeEach
  void signIn() throws Exception {
    kitchen = Api.tokenFor("kitchen-manager@st-mungos");
    staff = Api.tokenFor("staff@st-mungos");
  }

  @Test
  void a_published_week_is_read_by_staff_and_revalidated_with_its_etag() throws Exception {
    week = weeksAhead(20);
    long soup = addDish("Leek soup " + week, "[\"celery\"]", "[\"vegan\"]");
    long draft = draft("central");
    planAllWeek("central", draft, "lunch", soup, 90);
    HttpResponse<String> published =
        Api.post(
            BASE + "/sites/central/menus/drafts/" + draft + "/publish", "", "text/plain", kitchen);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Api.json(published).getInt("version")).isEqualTo(1);

    HttpResponse<String> read = Api.get(BASE + "/sites/central/menus?week=" + week, staff);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject monday = Api.json(read).getJsonArray("days").getJsonObject(0);
    assertThat(monday.getString("date")).isEqualTo(week.toString());
    assertThat(lunchOf(monday).getJsonObject(0).getString("name")).isEqualTo("Leek soup " + week);
    assertThat(lunchOf(monday).getJsonObject(0).getInt("plannedPortions")).isEqualTo(90);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        Api.HTTP.send(
            Api.request(BASE + "/sites/central/menus?week=" + week, staff)
                .header("If-None-Match", etag)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    HttpResponse<String> withoutCelery =
        Api.get(BASE + "/sites/central/menus?week=" + week + "&excludeAllergen=celery", staff);
    assertThat(lunchOf(Api.json(withoutCelery).getJsonArray("days").getJsonObject(0))).isEmpty();
    assertThat(withoutCelery.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
  }

  @Test
  void a_new_version_replaces_the_old_one_for_readers_and_says_what_changed() throws Exception {
    week = weeksAhead(21);
    long pie = addDish("Cottage pie " + week, "[\"milk\"]", "[]");
    long curry = addDish("Dhal " + week, "[]", "[\"vegan\"]");
    long first = draft("central");
    planAllWeek("central", first, "lunch", pie, 100);
    publish("central", first);
    String firstEtag =
        Api.get(BASE + "/sites/central/menus?week=" + week, staff)
            .headers()
            .firstValue("ETag")
            .orElseThrow();

    long second = draft("central");
    assertThat(second).isNotEqualTo(first);
    planAllWeek("central", second, "lunch", curry, 40);
    HttpResponse<String> published = publish("central", second);

    assertThat(Api.json(published).getInt("version")).isEqualTo(2);
    assertThat(Api.json(published).getJsonArray("changes").toString())
        .contains("+ Dhal " + week + " (40)");
    HttpResponse<String> revalidated =
        Api.HTTP.send(
            Api.request(BASE + "/sites/central/menus?week=" + week, staff)
                .header("If-None-Match", firstEtag)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(revalidated.statusCode()).isEqualTo(200);
    assertThat(Api.json(revalidated).getInt("version")).isEqualTo(2);
    assertThat(lunchOf(Api.json(revalidated).getJsonArray("days").getJsonObject(3)).toString())
        .contains("Dhal " + week)
        .contains("Cottage pie " + week);
  }

  @Test
  void a_published_version_cannot_be_published_again_nor_through_another_site() throws Exception {
    week = weeksAhead(22);
    long dish = addDish("Stew " + week, "[]", "[]");
    long draft = draft("central");
    planAllWeek("central", draft, "lunch", dish, 10);

    HttpResponse<String> otherSite =
        Api.post(
            BASE + "/sites/riverside-wing/menus/drafts/" + draft + "/publish",
            "",
            "text/plain",
            kitchen);
    publish("central", draft);
    HttpResponse<String> twice =
        Api.post(
            BASE + "/sites/central/menus/drafts/" + draft + "/publish", "", "text/plain", kitchen);
    HttpResponse<String> changeAfterwards =
        Api.HTTP.send(
            Api.request(BASE + "/sites/central/menus/drafts/" + draft + "/dishes", kitchen)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mealPeriod\":\"lunch\",\"itemId\":"
                            + dish
                            + ",\"portions\":99,\"allWeek\":true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(otherSite.statusCode()).isEqualTo(409);
    assertThat(Api.json(otherSite).getString("type"))
        .isEqualTo("urn:trayflow:problem:menu-of-another-site");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(Api.json(twice).getString("type"))
        .isEqualTo("urn:trayflow:problem:menu-already-published");
    assertThat(changeAfterwards.statusCode()).isEqualTo(409);
  }

  @Test
  void a_week_with_an_empty_lunch_is_not_published_and_every_empty_day_is_named() throws Exception {
    week = weeksAhead(23);
    long dish = addDish("Omelette " + week, "[\"eggs\"]", "[\"vegetarian\"]");
    long draft = draft("central");
    Api.HTTP.send(
        Api.request(BASE + "/sites/central/menus/drafts/" + draft + "/dishes", kitchen)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"day\":\""
                        + week
                        + "\",\"mealPeriod\":\"lunch\",\"itemId\":"
                        + dish
                        + ",\"portions\":5}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> refused =
        Api.post(
            BASE + "/sites/central/menus/drafts/" + draft + "/publish", "", "text/plain", kitchen);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Api.json(refused).getJsonArray("errors")).hasSize(6);
    assertThat(Api.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("days[" + week.plusDays(1) + "].lunch");
    assertThat(Api.get(BASE + "/sites/central/menus?week=" + week, staff).statusCode())
        .isEqualTo(404);
  }

  @Test
  void a_dish_with_bad_fields_is_refused_naming_each_field_and_nothing_is_stored()
      throws Exception {
    week = weeksAhead(24);
    HttpResponse<String> invalid =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\"\",\"category\":\"Main\","
                + "\"portionSize\":\"1 plate\",\"price\":-1,\"allergens\":[\"nuts\"],\"iddsiLevel\":9}",
            "application/json",
            kitchen);
    HttpResponse<String> unknownDiet =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\"Paleo plate "
                + week
                + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\",\"price\":3,\"dietTags\":[\"paleo\"]}",
            "application/json",
            kitchen);

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(
            Api.json(invalid).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("allergens", "iddsiLevel", "name", "price");
    assertThat(unknownDiet.statusCode()).isEqualTo(422);
    assertThat(Api.json(unknownDiet).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("dietTags");
    assertThat(Api.get(BASE + "/menu-items?q=paleo", kitchen).body()).isEqualTo("[]");
  }

  @Test
  void figures_that_would_be_rounded_or_a_label_that_contradicts_itself_are_refused()
      throws Exception {
    String name = "Label check " + UUID.randomUUID();
    HttpResponse<String> refused =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\""
                + name
                + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\",\"price\":3.999,"
                + "\"nutrition\":{\"energyKcal\":500,\"fatG\":10.0,\"saturatedFatG\":12.5,"
                + "\"carbohydrateG\":40,\"sugarsG\":41,\"saltG\":0.1234567}}",
            "application/json",
            kitchen);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(
            Api.json(refused).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder(
            "price", "saturatesWithinFat", "sugarsWithinCarbohydrate", "saltG");
    assertThat(Api.get(BASE + "/menu-items?q=Label", kitchen).body()).doesNotContain(name);

    HttpResponse<String> exact =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\""
                + name
                + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\",\"price\":3.90,"
                + "\"nutrition\":{\"energyKcal\":500,\"fatG\":10.0,\"saturatedFatG\":4.5,"
                + "\"carbohydrateG\":40,\"sugarsG\":6.2,\"fibreG\":3.1,\"saltG\":0.575}}",
            "application/json",
            kitchen);
    assertThat(exact.statusCode()).as(exact.body()).isEqualTo(201);
    var label = Api.json(exact).getJsonObject("nutrition");
    assertThat(label.getJsonNumber("saturatedFatG").bigDecimalValue()).isEqualByComparingTo("4.5");
    assertThat(label.getJsonNumber("fibreG").bigDecimalValue()).isEqualByComparingTo("3.1");
    assertThat(label.getJsonNumber("saltG").bigDecimalValue()).isEqualByComparingTo("0.575");
  }

  @Test
  void a_dish_whose_labels_contradict_its_allergens_is_refused_next_to_the_labels()
      throws Exception {
    week = weeksAhead(26);
    HttpResponse<String> fishyVegan =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\"Kedgeree "
                + week
                + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\",\"price\":3,\"allergens\":[\"fish\",\"eggs\","
                + "\"milk\"],\"dietTags\":[\"vegan\"]}",
            "application/json",
            kitchen);
    HttpResponse<String> twice =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\"Flapjack "
                + week
                + "\",\"category\":\"Dessert\",\"portionSize\":\"1\",\"price\":1,\"allergens\":[\"milk\"],"
                + "\"mayContain\":[\"milk\",\"cereals-containing-gluten\"],\"dietTags\":[\"gluten-free\"]}",
            "application/json",
            kitchen);

    assertThat(fishyVegan.statusCode()).isEqualTo(422);
    JsonObject problem = Api.json(fishyVegan);
    assertThat(
            problem.getJsonArray("errors").stream()
                .map(
                    e ->
                        e.asJsonObject().getString("field")
                            + ": "
                            + e.asJsonObject().getString("message")))
        .containsExactlyInAnyOrder(
            "dietTags: The dish is labelled vegan but it contains eggs, fish, milk",
            "dietTags: The dish counts as vegetarian (by this hospital's diet taxonomy) but it contains fish");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(
            Api.json(twice).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("mayContain", "dietTags");
    assertThat(Api.get(BASE + "/menu-items?q=" + week, kitchen).body()).isEqualTo("[]");

    HttpResponse<String> honest =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\"Oat flapjack "
                + week
                + "\",\"category\":\"Dessert\",\"portionSize\":\"1\",\"price\":1,\"allergens\":[\"cereals-containing-"
                + "gluten\"],\"mayContain\":[\"tree-nuts\",\"milk\"],\"dietTags\":[\"vegan\"]}",
            "application/json",
            kitchen);
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(201);
    assertThat(
            Api.json(honest)
                .getJsonArray("mayContain")
                .getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("milk", "tree-nuts");
  }

  @Test
  void a_three_week_cycle_is_carried_forward_into_drafts_and_planned_weeks_are_left_alone()
      throws Exception {
    week = weeksAhead(40);
    long[] dishes = {
      addDish("Cycle A " + week, "[]", "[]"),
      addDish("Cycle B " + week, "[]", "[]"),
      addDish("Cycle C " + week, "[]", "[]")
    };
    for (int i = 0; i < 3; i++) {
      week = weeksAhead(40 + i);
      planAllWeek("riverside-wing", draft("riverside-wing"), "lunch", dishes[i], 30 + i);
    }
    week = weeksAhead(44);
    long alreadyPlanned = draft("riverside-wing");
    planAllWeek("riverside-wing", alreadyPlanned, "lunch", dishes[0], 5);

    HttpResponse<String> made =
        Api.post(
            BASE
                + "/sites/riverside-wing/menus/drafts/cycle?from="
                + weeksAhead(42)
                + "&cycleWeeks=3&weeksAhead=3",
            "",
            "text/plain",
            kitchen);

    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    JsonArray drafts = Json.createReader(new StringReader(made.body())).readArray();
    assertThat(drafts).hasSize(2);
    assertThat(drafts.getJsonObject(0).getString("weekStart")).isEqualTo(weeksAhead(43).toString());
    assertThat(drafts.getJsonObject(0).toString())
        .contains("Cycle A " + weeksAhead(40))
        .contains("\"portions\":30");
    assertThat(drafts.getJsonObject(1).getString("weekStart")).isEqualTo(weeksAhead(45).toString());
    assertThat(drafts.getJsonObject(1).toString()).contains("Cycle C " + weeksAhead(40));
  }

  @Test
  void portions_left_are_read_per_meal_the_hospital_serves() throws Exception {
    week = weeksAhead(27);
    long broth = addDish("Bone broth " + week, "[]", "[]");
    long draft = draft("central");
    planAllWeek("central", draft, "lunch", broth, 35);
    publish("central", draft);

    HttpResponse<String> lunch =
        Api.get(
            BASE + "/sites/central/portions-left?date=" + week.plusDays(2) + "&mealPeriod=lunch",
            staff);
    HttpResponse<String> brunch =
        Api.get(
            BASE + "/sites/central/portions-left?date=" + week.plusDays(2) + "&mealPeriod=brunch",
            staff);

    assertThat(lunch.statusCode()).as(lunch.body()).isEqualTo(200);
    assertThat(lunch.body()).contains("{\"item\":" + broth + ",\"portions\":35}");
    assertThat(brunch.statusCode()).isEqualTo(422);
    assertThat(Api.json(brunch).getString("type"))
        .isEqualTo("urn:trayflow:problem:meal-not-served");
    assertThat(Api.json(brunch).getString("detail")).isEqualTo("No meal 'brunch' is served here.");
  }

  @Test
  void a_week_must_be_named_by_its_monday() throws Exception {
    week = weeksAhead(25);
    HttpResponse<String> tuesday =
        Api.get(BASE + "/sites/central/menus?week=" + week.plusDays(1), staff);

    assertThat(tuesday.statusCode()).isEqualTo(422);
    assertThat(Api.json(tuesday).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("week");
  }

  private static LocalDate weeksAhead(int weeks) {
    return LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(weeks);
  }

  private long addDish(String name, String allergens, String diets) throws Exception {
    HttpResponse<String> added =
        Api.post(
            BASE + "/menu-items",
            "{\"name\":\""
                + name
                + "\",\"category\":\"Main\","
                + "\"portionSize\":\"1 plate\",\"price\":4.2,\"allergens\":"
                + allergens
                + ",\"dietTags\":"
                + diets
                + "}",
            "application/json",
            kitchen);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return Api.json(added).getJsonNumber("id").longValue();
  }

  private long draft(String site) throws Exception {
    HttpResponse<String> draft =
        Api.post(BASE + "/sites/" + site + "/menus/drafts?week=" + week, "", "text/plain", kitchen);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    return Api.json(draft).getJsonNumber("id").longValue();
  }

  private void planAllWeek(String site, long draft, String meal, long dish, int portions)
      throws Exception {
    HttpResponse<String> planned =
        Api.HTTP.send(
            Api.request(BASE + "/sites/" + site + "/menus/drafts/" + draft + "/dishes", kitchen)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mealPeriod\":\""
                            + meal
                            + "\",\"itemId\":"
                            + dish
                            + ",\"portions\":"
                            + portions
                            + ",\"allWeek\":true}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
  }

  private HttpResponse<String> publish(String site, long draft) throws Exception {
    HttpResponse<String> published =
        Api.post(
            BASE + "/sites/" + site + "/menus/drafts/" + draft + "/publish",
            "",
            "text/plain",
            kitchen);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return published;
  }

  private static JsonArray lunchOf(JsonObject day) {
    return day.getJsonArray("meals").stream()
        .map(m -> m.asJsonObject())
        .filter(m -> m.getString("mealPeriod").equals("lunch"))
        .findFirst()
        .orElseThrow()
        .getJsonArray("dishes");
  }
}
