package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Running a hospital without SQL, over the API: people found, corrected, deactivated and
 * reactivated, imported from a staff list; first passwords that must be replaced; hospitals
 * registered, suspended and reactivated; the configuration previewed, diffed and rolled back; the
 * audit log searched and exported. Every refusal is problem+json, and another hospital's people are
 * not found.
 */
class HospitalAdministrationApiIT {

  private static final String GOOD_PASSWORD = "a long kitchen password";

  @Test
  void only_the_hospitals_own_administrators_reach_its_people() throws Exception {
    String staff = Api.tokenFor("staff@st-mungos");
    assertThat(Api.get("/api/v1/t/st-mungos/people", staff).statusCode()).isEqualTo(403);
    String riversideAdmin = Api.tokenFor("tenant-admin@riverside");
    HttpResponse<String> elsewhere = Api.get("/api/v1/t/st-mungos/people", riversideAdmin);
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    HttpResponse<String> someoneElses =
        Api.get("/api/v1/t/riverside/people/staff@st-mungos", riversideAdmin);
    assertThat(someoneElses.statusCode()).isEqualTo(404);
    assertThat(someoneElses.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    HttpResponse<String> changeElsewhere =
        send(
            "PUT",
            "/api/v1/t/riverside/people/staff@st-mungos",
            details("Renamed", "x@example.org"),
            riversideAdmin);
    assertThat(changeElsewhere.statusCode()).isEqualTo(404);
    assertThat(
            Api.get(
                    "/api/v1/t/st-mungos/people/staff@st-mungos",
                    Api.tokenFor("tenant-admin@st-mungos"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void every_role_but_the_hospitals_administrator_is_refused_its_people_and_learns_nothing()
      throws Exception {
    RushTenant hospital = RushTenant.register("roles", 600);
    String people = "/api/v1/t/" + hospital.slug + "/people";
    for (String role :
        List.of("STAFF", "WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "RECORD_SYSTEM")) {
      String token =
          ServerSide.tokenFor(
              role.toLowerCase() + "@" + hospital.slug, hospital.id, hospital.slug, role);
      for (HttpResponse<String> refused :
          List.of(
              Api.get(people, token),
              Api.get(people + "/nobody@" + hospital.slug, token),
              Api.post(
                  people + "/import-preview", "username,roles\nx@y,Staff\n", "text/csv", token),
              send(
                  "PUT",
                  people + "/staff@" + hospital.slug,
                  details("X", "x@example.org"),
                  token))) {
        assertThat(refused.statusCode()).as(role + " " + refused.request().uri()).isEqualTo(403);
        assertThat(refused.body()).as(role).doesNotContain("@" + hospital.slug + "\"");
      }
    }
    for (String role : List.of("PLATFORM_ADMIN", "OPS")) {
      String token = ServerSide.tokenFor(role.toLowerCase(), null, null, role);
      assertThat(Api.get(people, token).statusCode()).as(role).isIn(403, 404);
    }
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    assertThat(Api.get(people, admin).statusCode()).isEqualTo(200);
  }

  @Test
  void a_first_password_gets_no_token_until_the_person_chooses_their_own() throws Exception {
    String admin = Api.tokenFor("tenant-admin@st-mungos");
    String name = "porter-" + UUID.randomUUID().toString().substring(0, 8) + "@st-mungos";
    String firstPassword = add(admin, name, "WARD_STAFF");

    HttpResponse<String> refused = Api.requestToken(name, firstPassword);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Api.json(refused).getString("type"))
        .isEqualTo("urn:trayflow:problem:password-to-choose");

    HttpResponse<String> tooShort = choose(name, firstPassword, "porter");
    assertThat(tooShort.statusCode()).isEqualTo(422);
    assertThat(tooShort.body()).contains("At least 12 characters").contains("Not your user name");
    HttpResponse<String> wrongCurrent = choose(name, "not the password", GOOD_PASSWORD);
    assertThat(wrongCurrent.statusCode()).isEqualTo(401);

    assertThat(choose(name, firstPassword, GOOD_PASSWORD).statusCode()).isEqualTo(204);
    assertThat(Api.requestToken(name, GOOD_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(Api.requestToken(name, firstPassword).statusCode()).isEqualTo(401);
    JsonObject person = Api.json(Api.get("/api/v1/t/st-mungos/people/" + name, admin));
    assertThat(person.getBoolean("mustChoosePassword")).isFalse();
    assertThat(person.getString("lastSignedInAt")).isNotBlank();
  }

  @Test
  void an_administrator_finds_corrects_deactivates_and_reactivates_a_person() throws Exception {
    String admin = Api.tokenFor("tenant-admin@st-mungos");
    String name = "dietitian-" + UUID.randomUUID().toString().substring(0, 8) + "@st-mungos";
    choose(name, add(admin, name, "DIETITIAN"), GOOD_PASSWORD);

    HttpResponse<String> notAnAddress =
        send(
            "PUT",
            "/api/v1/t/st-mungos/people/" + name,
            details("Dana Dietitian", "not an address"),
            admin);
    assertThat(notAnAddress.statusCode()).isEqualTo(422);
    assertThat(Api.json(notAnAddress).getString("detail")).contains("is not an e-mail address");
    HttpResponse<String> corrected =
        send(
            "PUT",
            "/api/v1/t/st-mungos/people/" + name,
            Json.createObjectBuilder()
                .add("displayName", "Dana Dietitian")
                .add("email", "dana@example.org")
                .add("language", "fr")
                .add("sites", Json.createArrayBuilder().add("central"))
                .build()
                .toString(),
            admin);
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(Api.json(corrected).getJsonArray("sites").getString(0)).isEqualTo("central");
    assertThat(
            send(
                    "PUT",
                    "/api/v1/t/st-mungos/people/" + name,
                    Json.createObjectBuilder()
                        .add("displayName", "Dana")
                        .add("language", "en")
                        .add("sites", Json.createArrayBuilder().add("no-such-site"))
                        .build()
                        .toString(),
                    admin)
                .statusCode())
        .isEqualTo(422);

    List<String> found =
        usernames(
            Api.get(
                "/api/v1/t/st-mungos/people?search=DANA%20diet&role=DIETITIAN"
                    + "&site=central&active=true",
                admin));
    assertThat(found).containsExactly(name);
    assertThat(Api.get("/api/v1/t/st-mungos/people?role=SURGEON", admin).statusCode())
        .isEqualTo(400);
    assertThat(Api.get("/api/v1/t/st-mungos/people?active=maybe", admin).statusCode())
        .isEqualTo(400);

    assertThat(
            Api.post(
                    "/api/v1/t/st-mungos/people/" + name + "/deactivation",
                    "",
                    "application/json",
                    admin)
                .statusCode())
        .isEqualTo(200);
    assertThat(Api.requestToken(name, GOOD_PASSWORD).statusCode()).isEqualTo(401);
    assertThat(
            usernames(
                Api.get("/api/v1/t/st-mungos/people?search=" + name + "&active=false", admin)))
        .containsExactly(name);
    assertThat(
            Api.post(
                    "/api/v1/t/st-mungos/people/" + name + "/reactivation",
                    "",
                    "application/json",
                    admin)
                .statusCode())
        .isEqualTo(200);
    assertThat(Api.requestToken(name, GOOD_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(
            send("DELETE", "/api/v1/t/st-mungos/people/" + name + "/failed-sign-ins", null, admin)
                .statusCode())
        .isEqualTo(204);

    HttpResponse<String> audited =
        Api.get("/api/v1/t/st-mungos/audit-log?action=person.reactivated&search=" + name, admin);
    assertThat(audited.statusCode()).isEqualTo(200);
    JsonObject entry =
        Json.createReader(new java.io.StringReader(audited.body())).readArray().getJsonObject(0);
    assertThat(entry.getString("actionInWords")).isEqualTo("Person reactivated");
    assertThat(entry.getString("at"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");
    HttpResponse<String> exported =
        Api.HTTP.send(
            Api.request("/api/v1/t/st-mungos/audit-log?search=" + name, admin)
                .header("Accept", "text/csv")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.body())
        .startsWith("when,who,action,action key,detail")
        .contains("Person deactivated");
    assertThat(Api.get("/api/v1/t/st-mungos/audit-log?from=2026-02-31", admin).statusCode())
        .isEqualTo(400);
  }

  @Test
  void a_staff_list_with_a_wrong_row_imports_nobody_unless_the_good_rows_are_chosen()
      throws Exception {
    String admin = Api.tokenFor("tenant-admin@st-mungos");
    String batch = UUID.randomUUID().toString().substring(0, 6);
    String good = "nurse-a-" + batch + "@st-mungos";
    String alsoGood = "nurse-b-" + batch + "@st-mungos";
    String csv =
        "username,name,email,language,roles,site\n"
            + good
            + ",Nurse A,a@example.org,en,Ward staff; Dietitian,central\n"
            + alsoGood
            + ",\"Nurse B, night\",,fr,WARD_STAFF,\n"
            + "staff@st-mungos,Taken,,en,Staff,\n"
            + "x,Too short,not-an-address,de,Surgeon,mars\n"
            + good
            + ",Twice,,en,Staff,\n";

    HttpResponse<String> preview =
        Api.post("/api/v1/t/st-mungos/people/import-preview", csv, "text/csv", admin);
    assertThat(preview.statusCode()).isEqualTo(200);
    List<JsonObject> rows = Api.json(preview).getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).getJsonArray("problems")).isEmpty();
    assertThat(rows.get(1).getString("displayName")).isEqualTo("Nurse B, night");
    assertThat(rows.get(2).getJsonArray("problems").toString()).contains("is taken");
    assertThat(rows.get(3).getInt("line")).isEqualTo(5);
    assertThat(rows.get(3).getJsonArray("problems").toString())
        .contains("A user name is 3 to 120")
        .contains("is not an e-mail address")
        .contains("not 'de'")
        .contains("'Surgeon' is not a role")
        .contains("There is no site 'mars'");
    assertThat(rows.get(4).getJsonArray("problems").toString()).contains("is in the file twice");

    HttpResponse<String> whole =
        Api.post("/api/v1/t/st-mungos/people/import", csv, "text/csv", admin);
    assertThat(whole.statusCode()).isEqualTo(422);
    assertThat(Api.json(whole).getString("type"))
        .isEqualTo("urn:trayflow:problem:staff-list-refused");
    assertThat(Api.json(whole).getJsonArray("errors").toString())
        .contains("line 4")
        .contains("line 5");
    assertThat(usernames(Api.get("/api/v1/t/st-mungos/people?search=" + batch, admin))).isEmpty();

    HttpResponse<String> goodRows =
        Api.post("/api/v1/t/st-mungos/people/import?goodRowsOnly=true", csv, "text/csv", admin);
    assertThat(goodRows.statusCode()).isEqualTo(201);
    List<JsonObject> added =
        Json.createReader(new java.io.StringReader(goodRows.body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertThat(added)
        .extracting(p -> p.getJsonObject("person").getString("username"))
        .containsExactly(good, alsoGood);
    assertThat(usernames(Api.get("/api/v1/t/st-mungos/people?search=" + batch, admin)))
        .containsExactlyInAnyOrder(good, alsoGood);
    assertThat(Api.requestToken(good, added.get(0).getString("firstPassword")).statusCode())
        .isEqualTo(403);

    HttpResponse<String> notAList =
        Api.post("/api/v1/t/st-mungos/people/import-preview", "just some words", "text/csv", admin);
    assertThat(notAList.statusCode()).isEqualTo(422);
    assertThat(Api.json(notAList).getString("detail")).contains("must name the columns");
  }

  @Test
  void
      a_hospital_registered_by_the_form_can_be_suspended_and_reactivated_and_its_configuration_rolled_back()
          throws Exception {
    String platform = Api.tokenFor("platform-admin");
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
    String adminName = "admin@" + slug;
    HttpResponse<String> badForm =
        Api.post(
            "/api/v1/platform/hospitals",
            Json.createObjectBuilder()
                .add("slug", "Not A Code")
                .add("name", "")
                .add("timeZone", "Mars/Olympus")
                .add("locale", "de-DE")
                .add("siteSlug", "main")
                .add("siteName", "Main")
                .add("administrator", "staff@st-mungos")
                .build()
                .toString(),
            "application/json",
            platform);
    assertThat(badForm.statusCode()).isEqualTo(422);
    assertThat(Api.json(badForm).getJsonArray("errors").toString())
        .contains("slug")
        .contains("name")
        .contains("timeZone")
        .contains("locale")
        .contains("is taken");

    HttpResponse<String> registered =
        Api.post(
            "/api/v1/platform/hospitals",
            Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", "Test Hospital " + slug)
                .add("timeZone", "Europe/Paris")
                .add("siteSlug", "main")
                .add("siteName", "Main building")
                .add("administrator", adminName)
                .add("administratorName", "First Admin")
                .build()
                .toString(),
            "application/json",
            platform);
    assertThat(registered.statusCode()).isEqualTo(201);
    String firstPassword =
        Api.json(registered).getJsonObject("administrator").getString("firstPassword");
    assertThat(choose(adminName, firstPassword, GOOD_PASSWORD).statusCode()).isEqualTo(204);
    String admin = Api.json(Api.requestToken(adminName, GOOD_PASSWORD)).getString("access_token");
    assertThat(Api.get("/api/v1/t/" + slug + "/people", admin).statusCode()).isEqualTo(200);

    String file = Api.get("/api/v1/t/" + slug + "/configuration", admin).body();
    assertThat(file).as("no locale given: British English").contains("locale: en-GB");
    String withoutSupper = file.replaceFirst("(?s)  - id: supper.*?defaultPortions: 150\n", "");
    assertThat(withoutSupper).isNotEqualTo(file);
    HttpResponse<String> preview =
        Api.post(
            "/api/v1/t/" + slug + "/configuration/preview",
            withoutSupper,
            "application/yaml",
            admin);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("supper").contains("\"REMOVED\"");
    assertThat(Api.get("/api/v1/t/" + slug + "/configuration/history", admin).body())
        .doesNotContain("\"version\":2");
    assertThat(Api.put("/api/v1/t/" + slug + "/configuration", withoutSupper, admin).statusCode())
        .isEqualTo(200);
    List<JsonObject> diff =
        Json.createReader(
                new java.io.StringReader(
                    Api.get("/api/v1/t/" + slug + "/configuration/history/2/diff", admin).body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertThat(diff)
        .anySatisfy(
            line -> {
              assertThat(line.getString("kind")).isEqualTo("REMOVED");
              assertThat(line.getString("text")).contains("supper");
            });
    HttpResponse<String> rolledBack =
        Api.post(
            "/api/v1/t/" + slug + "/configuration/history/1/rollback",
            "",
            "application/json",
            admin);
    assertThat(rolledBack.statusCode()).isEqualTo(200);
    assertThat(Api.json(rolledBack).getInt("version")).isEqualTo(3);
    assertThat(Api.get("/api/v1/t/" + slug + "/configuration", admin).body())
        .contains("id: supper");
    assertThat(Api.get("/api/v1/t/" + slug + "/configuration/history/9/diff", admin).statusCode())
        .isEqualTo(404);

    HttpResponse<String> suspended =
        Api.post(
            "/api/v1/platform/hospitals/" + slug + "/suspension", "", "application/json", platform);
    assertThat(suspended.statusCode()).isEqualTo(200);
    assertThat(Api.json(suspended).getString("suspendedSince")).isNotBlank();
    assertThat(Api.get("/api/v1/t/" + slug + "/people", admin).statusCode()).isEqualTo(401);
    HttpResponse<String> refused = Api.requestToken(adminName, GOOD_PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Api.json(refused).getString("type"))
        .isEqualTo("urn:trayflow:problem:hospital-suspended");
    assertThat(Api.requestToken(adminName, "a wrong password here").statusCode()).isEqualTo(401);
    JsonObject activity =
        Json.createReader(
                new java.io.StringReader(Api.get("/api/v1/platform/hospitals", platform).body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(h -> h.getJsonObject("hospital").getString("slug").equals(slug))
            .findFirst()
            .orElseThrow();
    assertThat(activity.getInt("activePeople")).isEqualTo(1);
    assertThat(activity.getInt("ordersToday")).isZero();
    assertThat(activity.get("lastSignIn")).isNotEqualTo(JsonValue.NULL);

    assertThat(
            send("DELETE", "/api/v1/platform/hospitals/" + slug + "/suspension", null, platform)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> back = Api.requestToken(adminName, GOOD_PASSWORD);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(
            Api.post(
                    "/api/v1/platform/hospitals/no-such-hospital/suspension",
                    "",
                    "application/json",
                    platform)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Api.post(
                    "/api/v1/platform/hospitals/" + slug + "/suspension",
                    "",
                    "application/json",
                    Api.json(back).getString("access_token"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_preview_warns_of_a_location_with_orders_and_a_meal_on_a_published_menu_and_stores_nothing()
      throws Exception {
    RushTenant hospital = RushTenant.register("warn", 600);
    java.time.LocalDate tomorrow = java.time.LocalDate.now(RushTenant.ZONE).plusDays(1);
    long pie = hospital.offerDish("Fish pie", 5, tomorrow);
    assertThat(
            hospital
                .checkout(
                    hospital.staff("warned"),
                    UUID.randomUUID().toString(),
                    hospital.order(tomorrow, pie, 1))
                .statusCode())
        .isEqualTo(201);
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    String path = "/api/v1/t/" + hospital.slug + "/configuration";
    String file = Api.get(path, admin).body();
    String changed =
        file.replaceFirst("id: lunch", "id: luncheon")
            .replaceFirst("(?m)^\\s*- slug: ward-1\\n\\s*name: Ward 1\\n\\s*kind: ward\\n", "");
    assertThat(changed).doesNotContain("ward-1").contains("id: luncheon");

    HttpResponse<String> preview = Api.post(path + "/preview", changed, "application/yaml", admin);

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    List<String> warnings =
        Api.json(preview)
            .getJsonArray("warnings")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).startsWith("Ward 1 (main) is removed but has 1 order(s)"));
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).startsWith("Lunch is removed but is on published menus"));
    assertThat(Api.get(path, admin).body()).contains("id: lunch\n").contains("ward-1");
  }

  private static String add(String admin, String name, String role) throws Exception {
    HttpResponse<String> added =
        Api.post(
            "/api/v1/t/st-mungos/people",
            Json.createObjectBuilder()
                .add("username", name)
                .add("displayName", name)
                .add("roles", Json.createArrayBuilder().add(role))
                .build()
                .toString(),
            "application/json",
            admin);
    assertThat(added.statusCode()).isEqualTo(201);
    return Api.json(added).getString("firstPassword");
  }

  private static HttpResponse<String> choose(String name, String current, String chosen)
      throws Exception {
    return Api.post(
        "/api/v1/auth/password",
        Json.createObjectBuilder()
            .add("username", name)
            .add("currentPassword", current)
            .add("newPassword", chosen)
            .build()
            .toString(),
        "application/json",
        null);
  }

  private static String details(String displayName, String email) {
    return Json.createObjectBuilder()
        .add("displayName", displayName)
        .add("email", email)
        .add("language", "en")
        .build()
        .toString();
  }

  private static HttpResponse<String> send(String method, String path, String json, String token)
      throws Exception {
    HttpRequest.Builder request = Api.request(path, token);
    request =
        json == null
            ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> usernames(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(p -> p.getString("username"))
        .toList();
  }
}
