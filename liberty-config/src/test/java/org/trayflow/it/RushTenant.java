package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A hospital registered for one test class, in a time zone far from the server's (Auckland), whose
 * lunch can be ordered from six days ahead until 11:00 on the day: so the lunch two days from now
 * is open whenever tests run. It has one site ("main", with "ward-1") and a week's published lunch
 * menu; each test adds its own dish.
 */
final class RushTenant {

  static final ZoneId ZONE = ZoneId.of("Pacific/Auckland");

  /**
   * One connection per person, as a crowd of phones and browsers would have (HTTP/2 caps streams
   * per connection).
   */
  private static final HttpClient CROWD =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final String slug;
  final long id;
  final String kitchen;

  /** The lunch every test orders: two days from now, in the hospital's time zone. */
  final LocalDate lunchDay = LocalDate.now(ZONE).plusDays(2);

  private long draft;
  private final int ordersPerMinute;

  private RushTenant(String slug, long id, int ordersPerMinute) {
    this.slug = slug;
    this.id = id;
    this.ordersPerMinute = ordersPerMinute;
    this.kitchen = ServerSide.tokenFor("kitchen@" + slug, id, slug, "KITCHEN_MANAGER");
  }

  static RushTenant register(String prefix, int ordersPerMinute) throws Exception {
    return register(prefix, ordersPerMinute, "11:30", "13:00");
  }

  /**
   * With the site's lunch window (when order confirmations wait) from and to these times in
   * Auckland.
   */
  static RushTenant register(String prefix, int ordersPerMinute, String lunchFrom, String lunchTo)
      throws Exception {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> registered =
        putConfiguration(slug, ordersPerMinute, lunchFrom, lunchTo, "");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return new RushTenant(
        slug, ServerSide.queryLong("select id from tenant where slug = ?", slug), ordersPerMinute);
  }

  /** Moves the site's lunch window, the rest of the configuration unchanged. */
  void moveLunchWindow(String from, String to) throws Exception {
    HttpResponse<String> changed = putConfiguration(slug, ordersPerMinute, from, to, "");
    assertThat(changed.statusCode()).as(changed.body()).isIn(200, 201);
  }

  /**
   * Changes the configuration file as the edit says (payment, allergen scheme, courses…), the lunch
   * window and ordering times as registered.
   */
  void reconfigure(UnaryOperator<String> edit) throws Exception {
    HttpResponse<String> changed =
        putConfiguration(
            slug,
            ordersPerMinute,
            "11:30",
            "13:00",
            "",
            "{daysBefore: 0, at: \"11:00\"}",
            "{daysBefore: 0, at: \"11:15\"}",
            edit);
    assertThat(changed.statusCode()).as(changed.body()).isIn(200, 201);
  }

  /** Lets these roles (configuration words, kitchen-manager…) order patients' meals too. */
  void letOrderForPatients(String... roles) throws Exception {
    HttpResponse<String> changed =
        putConfiguration(
            slug,
            ordersPerMinute,
            "11:30",
            "13:00",
            "  mealOrderingRoles: [" + String.join(", ", roles) + "]\n");
    assertThat(changed.statusCode()).as(changed.body()).isIn(200, 201);
  }

  /**
   * Lets ordering for the lunch of {@link #lunchDay} close half an hour ago (and its cut-off a
   * minute after), with late trays for patients for these minutes after the close.
   */
  void closeLunchOrderingHalfAnHourAgo(int lateTrayMinutes) throws Exception {
    LocalDateTime closes = LocalDateTime.now(ZONE).minusMinutes(30).withSecond(0).withNano(0);
    LocalDateTime cutOff = closes.plusMinutes(1);
    HttpResponse<String> changed =
        putConfiguration(
            slug,
            ordersPerMinute,
            "11:30",
            "13:00",
            "  lateTrayMinutes: " + lateTrayMinutes + "\n",
            moment(closes),
            moment(cutOff));
    assertThat(changed.statusCode()).as(changed.body()).isIn(200, 201);
  }

  private String moment(LocalDateTime at) {
    return "{daysBefore: "
        + ChronoUnit.DAYS.between(at.toLocalDate(), lunchDay)
        + ", at: \""
        + at.toLocalTime()
        + "\"}";
  }

  private static HttpResponse<String> putConfiguration(
      String slug, int ordersPerMinute, String lunchFrom, String lunchTo, String morePatientCare)
      throws Exception {
    return putConfiguration(
        slug,
        ordersPerMinute,
        lunchFrom,
        lunchTo,
        morePatientCare,
        "{daysBefore: 0, at: \"11:00\"}",
        "{daysBefore: 0, at: \"11:15\"}");
  }

  private static HttpResponse<String> putConfiguration(
      String slug,
      int ordersPerMinute,
      String lunchFrom,
      String lunchTo,
      String morePatientCare,
      String orderingCloses,
      String cutOff)
      throws Exception {
    return putConfiguration(
        slug,
        ordersPerMinute,
        lunchFrom,
        lunchTo,
        morePatientCare,
        orderingCloses,
        cutOff,
        UnaryOperator.identity());
  }

  private static HttpResponse<String> putConfiguration(
      String slug,
      int ordersPerMinute,
      String lunchFrom,
      String lunchTo,
      String morePatientCare,
      String orderingCloses,
      String cutOff,
      UnaryOperator<String> edit)
      throws Exception {
    String file =
        """
        slug: %1$s
        name: Rush Test Hospital %1$s
        timeZone: Pacific/Auckland
        payment: {mode: free, currency: NZD}
        dietTags: [vegetarian, vegan, halal, diabetic, renal, low-sodium, gluten-free, clear-liquid]
        dietTaxonomy: {vegan: [halal]}
        allergenPolicy: {scheme: eu-14, declarationRequired: false}
        mealPeriods:
          - id: lunch
            name: Lunch
            service: {from: "11:30", to: "14:00"}
            orderingOpens: {daysBefore: 6, at: "00:00"}
            orderingCloses: %6$s
            cutOff: %7$s
            defaultPortions: 100
        orderingLimits: {ordersPerSlot: 2, ordersPerMinute: %2$d}
        deferredDuringLunch: [order-confirmed]
        sites:
          - slug: main
            name: Main Hospital
            lunchWindow: {from: "%3$s", to: "%4$s"}
            locations:
              - {slug: ward-1, name: Ward 1, kind: ward}
              - {slug: cafe, name: Cafe, kind: pick-up-point}
        patients:
          recordSystems: [TEST-PAS, TEST-EHR]
        %5$s"""
            .formatted(
                slug, ordersPerMinute, lunchFrom, lunchTo, morePatientCare, orderingCloses, cutOff);
    String platform = ServerSide.tokenFor("platform-admin", null, null, "PLATFORM_ADMIN");
    return Api.HTTP.send(
        Api.request("/api/v1/platform/tenants/" + slug + "/configuration", platform)
            .header("Content-Type", "application/yaml")
            .PUT(HttpRequest.BodyPublishers.ofString(edit.apply(file)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String base() {
    return "/api/v1/t/" + slug;
  }

  String staff(String username) {
    return ServerSide.tokenFor(username + "@" + slug, id, slug, "STAFF");
  }

  /**
   * Adds a dish to every lunch of the week and publishes the week again: the dish's portions are on
   * sale.
   */
  long offerDish(String name, int portions) throws Exception {
    return offerDish(name, portions, lunchDay);
  }

  /** As {@link #offerDish(String, int)}, for the week of another day. */
  long offerDish(String name, int portions, LocalDate day) throws Exception {
    return offerDish(name, portions, day, "");
  }

  /**
   * @param diet a diet tag of the hospital's (vegetarian), or empty
   */
  long offerDish(String name, int portions, LocalDate day, String diet) throws Exception {
    return offerDishes(
            List.of(
                "{\"name\":\""
                    + name
                    + "\",\"category\":\"Main\",\"portionSize\":\"1 plate\","
                    + "\"price\":0,\"allergens\":[],\"dietTags\":["
                    + (diet.isEmpty() ? "" : "\"" + diet + "\"")
                    + "]}"),
            portions,
            day)
        .get(0);
  }

  /**
   * Adds menu items (each a JSON body of {@code POST menu-items}) to every lunch of the day's week,
   * and publishes the week once.
   */
  List<Long> offerDishes(List<String> items, int portions, LocalDate day) throws Exception {
    List<Long> dishes = new ArrayList<>();
    for (String item : items) {
      HttpResponse<String> added =
          Api.post(base() + "/menu-items", item, "application/json", kitchen);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      dishes.add(Api.json(added).getJsonNumber("id").longValue());
    }
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    HttpResponse<String> opened =
        Api.post(base() + "/sites/main/menus/drafts?week=" + monday, "", "text/plain", kitchen);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    draft = Api.json(opened).getJsonNumber("id").longValue();
    for (long dish : dishes) {
      HttpResponse<String> planned =
          Api.HTTP.send(
              Api.request(base() + "/sites/main/menus/drafts/" + draft + "/dishes", kitchen)
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"mealPeriod\":\"lunch\",\"itemId\":"
                              + dish
                              + ",\"portions\":"
                              + portions
                              + ",\"allWeek\":true}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    }
    HttpResponse<String> published =
        Api.post(
            base() + "/sites/main/menus/drafts/" + draft + "/publish", "", "text/plain", kitchen);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return dishes;
  }

  String order(long dish, int quantity) {
    return order(lunchDay, dish, quantity);
  }

  String order(LocalDate day, long dish, int quantity) {
    return order(day, dish, quantity, "ward-1");
  }

  String order(LocalDate day, long dish, int quantity, String location) {
    return "{\"site\":\"main\",\"serviceDate\":\""
        + day
        + "\",\"mealPeriod\":\"lunch\",\"location\":\""
        + location
        + "\",\"lines\":[{\"item\":"
        + dish
        + ",\"quantity\":"
        + quantity
        + "}]}";
  }

  HttpResponse<String> checkout(String token, String key, String body) throws Exception {
    return checkoutAt(TrayflowServer.baseUrl(), token, key, body);
  }

  /**
   * @param instance the base URL of one app instance
   */
  HttpResponse<String> checkoutAt(String instance, String token, String key, String body)
      throws Exception {
    return CROWD.send(
        HttpRequest.newBuilder(URI.create(instance + base() + "/orders"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Portions of the dish committed in PostgreSQL for the lunch tests order. */
  long orderedInStore(long dish) throws Exception {
    return orderedInStore(dish, lunchDay);
  }

  long orderedInStore(long dish, LocalDate day) throws Exception {
    return ServerSide.queryLong(
        "select ordered from slot_quota where tenant_id = ? and service_date = ?"
            + " and meal_period = 'lunch' and menu_item_id = ?",
        id,
        day,
        dish);
  }

  /**
   * A person who signs in with a password, given this run's demo password (copied as its hash from
   * a demo account) because people are otherwise added through an administrator's screen.
   *
   * @param email where the person reads e-mail; null for none
   */
  void addPersonWithDemoPassword(String username, String displayName, String email, String role)
      throws Exception {
    try (var db = ServerSide.database();
        var add =
            db.prepareStatement(
                "insert into user_account (tenant_id,"
                    + " username, display_name, email, password_hash) select ?, ?, ?, ?, password_hash from user_account"
                    + " where username = 'staff@riverside' returning id")) {
      add.setLong(1, id);
      add.setString(2, username);
      add.setString(3, displayName);
      add.setString(4, email);
      try (var added = add.executeQuery();
          var granted =
              db.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
        assertThat(added.next()).as("the demo account staff@riverside exists").isTrue();
        granted.setLong(1, added.getLong(1));
        granted.setString(2, role);
        granted.executeUpdate();
      }
    }
  }

  long ordersInStore(long dish) throws Exception {
    return ServerSide.queryLong(
        "select count(*) from orders o join order_line l on l.order_id = o.id"
            + " and l.service_date = o.service_date where o.tenant_id = ? and o.status = 'PLACED'"
            + " and l.menu_item_id = ?",
        id,
        dish);
  }

  /** What the Redis counter says is left of the dish, or null when there is no counter. */
  String leftInRedis(long dish) throws Exception {
    long site =
        ServerSide.queryLong("select id from site where tenant_id = ? and slug = 'main'", id);
    return ServerSide.redis()
        .<String, String>getMap(
            "trayflow:{" + slug + "}:quota:" + site + ":" + lunchDay + ":lunch",
            org.redisson.client.codec.StringCodec.INSTANCE)
        .get("i:" + dish);
  }
}
