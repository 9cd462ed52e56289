package org.trayflow.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kitchen's lunch: three people order fish pie (sold out) and curry to a ward and a pick-up
 * point, one cancels. The tallies, the CSV, the production sheet and the tickets say the same;
 * orders move on and cannot be cancelled any more; and the dashboard shows it in the browser.
 */
class KitchenIT {

  private final Browser browser = new Browser();

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private record Lunch(RushTenant hospital, long pie, long curry, String firstOrder) {}

  private static Lunch cook(String prefix) throws Exception {
    RushTenant hospital = RushTenant.register(prefix, 600);
    long pie = hospital.offerDish("Fish pie", 3, hospital.lunchDay, "");
    long curry = hospital.offerDish("Vegetable curry", 10, hospital.lunchDay, "vegetarian");
    String first = place(hospital, "ana", hospital.order(hospital.lunchDay, pie, 2, "ward-1"));
    place(hospital, "ben", hospital.order(hospital.lunchDay, pie, 1, "cafe"));
    place(hospital, "cai", hospital.order(hospital.lunchDay, curry, 3, "cafe"));
    String cancelled =
        place(hospital, "dee", hospital.order(hospital.lunchDay, curry, 1, "ward-1"));
    HttpResponse<String> cancel =
        Api.post(
            hospital.base() + "/orders/" + cancelled + "/cancellation",
            "",
            "text/plain",
            hospital.staff("dee"));
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
    return new Lunch(hospital, pie, curry, first);
  }

  private static String place(RushTenant hospital, String who, String order) throws Exception {
    HttpResponse<String> placed =
        hospital.checkout(hospital.staff(who), UUID.randomUUID().toString(), order);
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    return String.valueOf(Api.json(placed).getJsonNumber("id").longValue());
  }

  @Test
  void tallies_csv_sheet_and_tickets_agree_and_orders_move_on() throws Exception {
    Lunch lunch = cook("kitchen");
    RushTenant hospital = lunch.hospital();
    String production = hospital.base() + "/sites/main/production";
    String meal = "?date=" + hospital.lunchDay + "&mealPeriod=lunch";

    JsonObject tally = Api.json(Api.get(production + meal, hospital.kitchen));
    assertThat(tally.getJsonArray("dishes").toString())
        .contains(
            "{\"item\":" + lunch.pie() + ",\"name\":\"Fish pie\",\"ordered\":3,\"planned\":3}")
        .contains(
            "{\"item\":"
                + lunch.curry()
                + ",\"name\":\"Vegetable curry\",\"ordered\":3,\"planned\":10}");
    assertThat(tally.getJsonArray("byLocation").toString())
        .contains(
            "{\"dish\":\"Fish pie\",\"kind\":\"pick-up-point\",\"location\":\"Cafe\",\"portions\":1}")
        .contains(
            "{\"dish\":\"Vegetable curry\",\"kind\":\"pick-up-point\",\"location\":\"Cafe\",\"portions\":3}")
        .contains(
            "{\"dish\":\"Fish pie\",\"kind\":\"ward\",\"location\":\"Ward 1\",\"portions\":2}")
        .doesNotContain("\"location\":\"Ward 1\",\"portions\":1");
    assertThat(tally.getJsonObject("byDiet").getInt("vegetarian")).isEqualTo(3);

    String csv = Api.get(production + "/csv" + meal, hospital.kitchen).body();
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "location,kind,dish,portions,planned",
            "Cafe,pick-up-point,Fish pie,1,",
            "Cafe,pick-up-point,Vegetable curry,3,",
            "Ward 1,ward,Fish pie,2,",
            "All,,Fish pie,3,3",
            "All,,Vegetable curry,3,10");

    try (PDDocument sheet = pdf(production + "/sheet" + meal, hospital.kitchen)) {
      String text = new PDFTextStripper().getText(sheet).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Production sheet")
          .contains("Rush Test Hospital " + hospital.slug + " · Main Hospital · Lunch")
          .contains("Dish Ordered Planned Left")
          .contains("Fish pie 3 3 SOLD OUT")
          .contains("Vegetable curry 3 10 7")
          .contains("Total: 6 portions ordered")
          .contains("vegetarian 3");
    }
    try (PDDocument tickets = pdf(production + "/tickets" + meal, hospital.kitchen)) {
      assertThat(tickets.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper cafe = new PDFTextStripper();
      cafe.setStartPage(1);
      cafe.setEndPage(1);
      assertThat(cafe.getText(tickets))
          .startsWith("Order tickets")
          .contains("Cafe · 2 orders")
          .contains("ben@" + hospital.slug)
          .contains("cai@" + hospital.slug)
          .contains("3 × Vegetable curry")
          .doesNotContain("ana@");
    }

    String body =
        "{\"date\":\"" + hospital.lunchDay + "\",\"mealPeriod\":\"lunch\",\"status\":\"%s\"}";
    HttpResponse<String> tooEarly =
        Api.post(
            production + "/status", body.formatted("READY"), "application/json", hospital.kitchen);
    HttpResponse<String> notTheKitchens =
        Api.post(
            production + "/status", body.formatted("PLACED"), "application/json", hospital.kitchen);
    HttpResponse<String> whileOpen =
        Api.post(
            production + "/status",
            body.formatted("IN_PREPARATION"),
            "application/json",
            hospital.kitchen);
    assertThat(whileOpen.statusCode()).isEqualTo(409);
    assertThat(whileOpen.body())
        .contains("meal-still-open", "Lunch can still be ordered or cancelled until 11:15");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders where tenant_id = ? and status = 'IN_PREPARATION'",
                hospital.id))
        .as("nothing moved")
        .isZero();
    String correlation = "kitchen-" + UUID.randomUUID();
    HttpResponse<String> preparing =
        Api.HTTP.send(
            Api.request(production + "/status", hospital.kitchen)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlation)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        body.formatted("IN_PREPARATION").replace("}", ",\"override\":true}")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> lateCancel =
        Api.post(
            hospital.base() + "/orders/" + lunch.firstOrder() + "/cancellation",
            "",
            "text/plain",
            hospital.staff("ana"));

    assertThat(Api.json(tooEarly).getInt("orders")).isZero();
    HttpResponse<String> noSuchStatus =
        Api.post(
            production + "/status", body.formatted("BOILED"), "application/json", hospital.kitchen);
    assertThat(noSuchStatus.statusCode()).isEqualTo(400);
    assertThat(noSuchStatus.body()).contains("malformed-request").doesNotContain("org.trayflow");
    assertThat(notTheKitchens.statusCode()).isEqualTo(422);
    assertThat(notTheKitchens.body()).contains("not-a-kitchen-status");
    assertThat(Api.json(preparing).getInt("orders")).isEqualTo(3);
    HttpResponse<String> oneReady =
        Api.post(
            production + "/status",
            body.formatted("READY").replace("}", ",\"orders\":[" + lunch.firstOrder() + "]}"),
            "application/json",
            hospital.kitchen);
    assertThat(Api.json(oneReady).getInt("orders")).as("only the order chosen").isEqualTo(1);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders where tenant_id = ? and status = 'READY'",
                hospital.id))
        .isEqualTo(1);
    assertThat(lateCancel.statusCode()).isEqualTo(409);
    assertThat(lateCancel.body()).contains("in preparation");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from outbox_message where tenant_id = ?"
                    + " and kind = 'order-status-changed'",
                hospital.id))
        .as("three started, one ready")
        .isEqualTo(4);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from outbox_message where tenant_id = ?"
                    + " and kind = 'portions-nearly-sold-out' and payload ->> 'name' = 'Fish pie'",
                hospital.id))
        .as("told once, when the fish pie came down to its last tenth")
        .isEqualTo(1);
    assertThat(logRecords())
        .as("the JSON log record of the move, with its tenant and correlation id")
        .anySatisfy(
            line -> {
              JsonObject record = Json.createReader(new StringReader(line)).readObject();
              assertThat(record.getString("message"))
                  .contains("The kitchen moved 3 order(s) of lunch");
              assertThat(record.getString("ext_correlationId", "none")).isEqualTo(correlation);
              assertThat(record.getString("ext_tenant", "none"))
                  .isEqualTo(String.valueOf(hospital.id));
            });
    assertThat(Api.get(production + meal, hospital.staff("ana")).statusCode()).isEqualTo(403);
    assertThat(
            Api.get(hospital.base() + "/sites/elsewhere/production" + meal, hospital.kitchen)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void the_dashboard_shows_ordered_against_planned_and_moves_the_orders_on() throws Exception {
    Lunch lunch = cook("kitchen-ui");
    RushTenant hospital = lunch.hospital();
    String cook = "chef@" + hospital.slug;
    hospital.addPersonWithDemoPassword(cook, "Chef Rua", null, "KITCHEN_MANAGER");

    Page page = Browser.signedInAt(browser.newPage(), cook, "/kitchen/dashboard");
    Browser.chooseDay(page, "kitchen-day", hospital.lunchDay);
    assertThat(page.locator("#meal-lunch h3")).hasText("Lunch · 6 portions ordered");
    assertThat(page.locator("#meal-lunch .dish-bar")).hasCount(2);
    assertThat(page.locator("#meal-lunch .dish-bar.sold-out")).containsText("Fish pie");
    assertThat(page.locator("#meal-lunch p.sold-out")).hasText("Sold out: Fish pie");
    Browser.screenshot(page, "kitchen-dashboard");

    page.locator("#step-lunch-in-preparation").click();
    assertThat(page.locator("#move-count"))
        .hasText("3 orders are placed and can move to in preparation.");
    assertThat(page.locator("#move-still-open"))
        .containsText("Lunch can still be ordered or cancelled until 11:15");
    assertThat(page.locator("#move-all")).hasText("Start all 3 anyway");
    assertThat(page.locator("#move-chosen")).hasAttribute("disabled", "");
    page.locator("#move-orders vaadin-checkbox")
        .nth(3)
        .locator("input")
        .check(); // Ward 1: Ana's, after the cafe's
    assertThat(page.locator("#move-chosen")).hasText("Move 1 chosen order to in preparation");
    Browser.screenshot(page, "kitchen-move-orders");
    String csvLink = page.locator("#meal-lunch .download-production-csv").getAttribute("href");
    page.locator("#move-chosen").click();
    assertThat(page.locator("vaadin-notification-card"))
        .containsText("1 order of Lunch now in preparation.");
    assertThat(page.locator("#meal-lunch")).containsText("in preparation 1");
    // the figures refreshed, the links did not: a cook clicking one as the board refreshes still
    // gets the sheet
    assertThat(page.locator("#meal-lunch .download-production-csv")).hasAttribute("href", csvLink);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders where id = ? and status = 'IN_PREPARATION'",
                Long.parseLong(lunch.firstOrder())))
        .as("Ana's order, the one chosen")
        .isEqualTo(1);

    page.locator("#step-lunch-in-preparation").click();
    page.locator("#move-all").click();
    assertThat(page.locator("vaadin-notification-card").last())
        .containsText("2 orders of Lunch now in preparation.");
    assertThat(page.locator("#meal-lunch")).containsText("Orders: cancelled 1, in preparation 3");

    Page phone = Browser.signedInAt(browser.newPhonePage(), cook, "/kitchen/dashboard");
    Browser.chooseDay(phone, "kitchen-day", hospital.lunchDay);
    assertThat(phone.locator("#meal-lunch h3"))
        .hasText("Lunch · 6 portions ordered"); // that day's board, not today's
    phone.locator("#step-lunch-ready").click();
    assertThat(phone.locator("#move-count"))
        .hasText("3 orders are in preparation and can move to ready.");
    assertThat(phone.locator("#move-all")).isVisible();
    Browser.screenshot(phone, "kitchen-move-orders-phone");
    phone.locator("vaadin-dialog-overlay vaadin-button:has-text('Close')").click();

    String ana = "ana@" + hospital.slug;
    hospital.addPersonWithDemoPassword(ana, "Ana Ngata", null, "STAFF");
    Page staff = Browser.signedInAt(browser.newPhonePage(), ana, "/order");
    assertThat(staff.locator("#order-" + lunch.firstOrder() + " .why-not-cancellable"))
        .containsText("The kitchen started your meal at ");
    assertThat(staff.locator("#order-" + lunch.firstOrder() + " .cancel-order")).hasCount(0);
    Browser.screenshot(staff, "staff-order-started-phone");
    Download csv =
        page.waitForDownload(() -> page.locator("#meal-lunch .download-production-csv").click());
    assertThat(Files.readString(csv.path())).contains("All,,Fish pie,3,3");
  }

  /** The server's messages.log records that mention the kitchen moving orders. */
  private static List<String> logRecords() throws Exception {
    Path log =
        Path.of(
            System.getProperty("trayflow.it.wlp-home"),
            "usr",
            "servers",
            System.getProperty("trayflow.it.server-name"),
            "logs",
            "messages.log");
    return Files.readAllLines(log).stream()
        .filter(line -> line.contains("The kitchen moved"))
        .toList();
  }

  private static PDDocument pdf(String path, String token) throws Exception {
    HttpResponse<byte[]> response =
        Api.HTTP.send(
            Api.request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    return Loader.loadPDF(response.body());
  }
}
