package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lunch rush against the real server, PostgreSQL and Redis: many people checking out the same
 * dish at once, retries, Redis flushed and the quota job running in the middle. PostgreSQL is
 * checked afterwards: nothing oversold, lost or doubled.
 */
class LunchRushIT {

  private static RushTenant hospital;

  @BeforeAll
  static void registerHospital() throws Exception {
    hospital = RushTenant.register("rush", 600);
  }

  @Test
  void two_hundred_checkouts_for_fifty_portions_sell_exactly_fifty() throws Exception {
    long dish = hospital.offerDish("Shepherd's pie", 50);

    List<HttpResponse<String>> answers = rush(200, "pie", i -> hospital.order(dish, 1), () -> {});

    assertThat(count(answers, 201)).as(byStatus(answers).toString()).isEqualTo(50);
    assertThat(count(answers, 409)).isEqualTo(150);
    assertThat(answers)
        .filteredOn(a -> a.statusCode() == 409)
        .allSatisfy(
            a -> assertThat(a.body()).contains("sold-out").contains("Shepherd's pie (0 left)"));
    assertThat(hospital.orderedInStore(dish)).isEqualTo(50);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(50);
    assertThat(hospital.leftInRedis(dish)).isEqualTo("0");
  }

  @Test
  void retries_with_one_key_make_one_order_and_the_key_cannot_be_reused_for_another()
      throws Exception {
    long dish = hospital.offerDish("Fish pie", 30);
    String token = hospital.staff("retrying-nurse");
    String key = UUID.randomUUID().toString();

    List<HttpResponse<String>> answers =
        AllAtOnce.run(20, i -> () -> untilDecided(token, key, hospital.order(dish, 2)));
    HttpResponse<String> otherBody = hospital.checkout(token, key, hospital.order(dish, 3));

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
    assertThat(count(answers, 201)).as(byStatus(answers).toString()).isEqualTo(1);
    assertThat(answers.stream().map(a -> Api.json(a).getJsonNumber("id").longValue()).distinct())
        .hasSize(1);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(1);
    assertThat(hospital.orderedInStore(dish)).isEqualTo(2);
    assertThat(otherBody.statusCode()).isEqualTo(422);
    assertThat(otherBody.body()).contains("idempotency-key-reused");
  }

  @Test
  void redis_flushed_in_the_middle_of_the_rush_oversells_nothing_and_loses_nothing()
      throws Exception {
    long dish = hospital.offerDish("Macaroni cheese", 50);
    CountDownLatch halfway = new CountDownLatch(40);

    List<HttpResponse<String>> answers =
        rush(
            150,
            "mac",
            i -> hospital.order(dish, 1),
            () -> {
              halfway.countDown();
              if (halfway.getCount() == 0) {
                ServerSide.redis().getKeys().flushdb();
              }
            });

    assertThat(count(answers, 201)).as(byStatus(answers).toString()).isEqualTo(50);
    assertThat(hospital.orderedInStore(dish)).isEqualTo(50);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(50);
    assertThat(placedIds(answers))
        .hasSize(50)
        .allSatisfy(
            id ->
                assertThat(ServerSide.queryLong("select count(*) from orders where id = ?", id))
                    .isEqualTo(1));
  }

  @Test
  void after_redis_lost_its_data_a_nurse_who_ordered_all_week_is_not_taken_for_a_stale_checkout()
      throws Exception {
    long dish = hospital.offerDish("Chicken casserole", 10);
    String nurse = "week-long-nurse";
    String token = hospital.staff(nurse);
    assertThat(
            hospital
                .checkout(token, UUID.randomUUID().toString(), hospital.order(dish, 1))
                .statusCode())
        .isEqualTo(201);
    // A week of checkouts numbered her lock tokens into the thousands, the last a minute ago.
    assertThat(
            ServerSide.queryLong(
                "update orderer_fence set token = 5000, fenced_at = now() - interval '1 minute'"
                    + " where orderer = ? returning token",
                nurse + "@" + hospital.slug))
        .isEqualTo(5000);

    ServerSide.redis().getKeys().flushdb(); // Redis numbers lock tokens from 1 again

    HttpResponse<String> next =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(dish, 1));
    assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
    assertThat(
            ServerSide.queryLong(
                "select token from orderer_fence where orderer = ?", nurse + "@" + hospital.slug))
        .isLessThan(5000);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(2);
  }

  @Test
  void checkouts_meeting_connections_postgresql_ended_are_told_to_try_again_and_placed_once()
      throws Exception {
    long dish = hospital.offerDish("Cottage pie", 100);
    List<String> nurses =
        IntStream.range(0, 8).mapToObj(i -> hospital.staff("dropped-" + i)).toList();
    // the pool holds several connections, as during a rush
    AllAtOnce.run(
        8,
        i ->
            () ->
                hospital.checkout(
                    nurses.get(i), UUID.randomUUID().toString(), hospital.order(dish, 1)));
    assertThat(ServerSide.endServersConnections()).as("connections ended").isPositive();

    List<String> keys = IntStream.range(0, 8).mapToObj(i -> UUID.randomUUID().toString()).toList();
    List<HttpResponse<String>> first =
        AllAtOnce.run(
            8, i -> () -> hospital.checkout(nurses.get(i), keys.get(i), hospital.order(dish, 1)));

    assertThat(first)
        .as("no 500: the database out of reach is a moment to wait " + byStatus(first))
        .allSatisfy(a -> assertThat(a.statusCode()).isIn(201, 503));
    assertThat(first)
        .as("someone met a dead connection " + byStatus(first))
        .anySatisfy(
            a -> {
              assertThat(a.statusCode()).isEqualTo(503);
              assertThat(a.headers().firstValue("Content-Type"))
                  .hasValue("application/problem+json");
              assertThat(a.headers().firstValue("Retry-After")).isPresent();
              assertThat(Api.json(a).getString("type")).endsWith("database-unavailable");
              assertThat(Api.json(a).getString("detail")).contains("try again in a few seconds");
            });
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> again =
          untilDecided(nurses.get(i), keys.get(i), hospital.order(dish, 1));
      assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
      assertThat(
              ServerSide.queryLong(
                  "select count(*) from orders where idempotency_key = ?", keys.get(i)))
          .as("one order for the key")
          .isEqualTo(1);
    }
  }

  @Test
  void the_quota_job_running_during_checkouts_erases_no_reservation() throws Exception {
    long dish = hospital.offerDish("Vegetable lasagne", 60);
    List<Long> runs = new CopyOnWriteArrayList<>();
    AtomicInteger answered = new AtomicInteger();

    List<HttpResponse<String>> answers =
        rush(
            180,
            "lasagne",
            i -> hospital.order(dish, 1),
            () -> {
              if (answered.incrementAndGet() % 40 == 0) {
                runs.add(Jobs.start("quota-precompute", "?days=3"));
              }
            });
    runs.add(Jobs.start("quota-precompute", "?days=3"));

    assertThat(runs)
        .allSatisfy(
            run -> assertThat(Jobs.finished("quota-precompute", run)).isEqualTo("COMPLETED"));
    assertThat(count(answers, 201)).as(byStatus(answers).toString()).isEqualTo(60);
    assertThat(hospital.orderedInStore(dish)).isEqualTo(60);
    assertThat(hospital.leftInRedis(dish)).isEqualTo("0");
  }

  @Test
  void a_cancelled_order_gives_its_portions_back_and_a_closed_meal_takes_no_order()
      throws Exception {
    long dish = hospital.offerDish("Chicken curry", 1);
    String token = hospital.staff("cancelling-porter");
    HttpResponse<String> placed =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(dish, 1));
    long id = Api.json(placed).getJsonNumber("id").longValue();

    HttpResponse<String> soldOut =
        hospital.checkout(
            hospital.staff("second-porter"), UUID.randomUUID().toString(), hospital.order(dish, 1));
    HttpResponse<String> cancelled =
        Api.post(hospital.base() + "/orders/" + id + "/cancellation", "", "text/plain", token);
    HttpResponse<String> again =
        Api.post(hospital.base() + "/orders/" + id + "/cancellation", "", "text/plain", token);
    HttpResponse<String> nowThere =
        hospital.checkout(
            hospital.staff("second-porter"), UUID.randomUUID().toString(), hospital.order(dish, 1));
    HttpResponse<String> yesterday =
        hospital.checkout(
            token,
            UUID.randomUUID().toString(),
            hospital.order(hospital.lunchDay.minusDays(3), dish, 1));

    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    assertThat(soldOut.statusCode()).isEqualTo(409);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(Api.json(cancelled).getString("status")).isEqualTo("CANCELLED");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(nowThere.statusCode()).as(nowThere.body()).isEqualTo(201);
    assertThat(yesterday.statusCode()).isEqualTo(409);
    assertThat(yesterday.body()).contains("ordering-closed").contains("Pacific/Auckland");
  }

  @Test
  void history_is_paged_newest_first_and_another_persons_order_is_not_found() throws Exception {
    long soup = hospital.offerDish("Pea soup", 100);
    long roll = hospital.offerDish("Bread roll", 100);
    String token = hospital.staff("hungry-registrar");
    long first =
        Api.json(hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(soup, 1)))
            .getJsonNumber("id")
            .longValue();
    long second =
        Api.json(hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(roll, 1)))
            .getJsonNumber("id")
            .longValue();

    JsonObject page1 = Api.json(Api.get(hospital.base() + "/orders?limit=1", token));
    JsonObject page2 =
        Api.json(
            Api.get(hospital.base() + "/orders?limit=1&cursor=" + page1.getString("next"), token));
    HttpResponse<String> third =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(soup, 1));
    HttpResponse<String> someoneElses =
        Api.get(hospital.base() + "/orders/" + first, hospital.staff("curious-clerk"));
    HttpResponse<String> badCursor = Api.get(hospital.base() + "/orders?cursor=nonsense", token);
    HttpResponse<String> fromAnotherTenant =
        Api.get("/api/v1/t/st-mungos/orders/" + first, Api.tokenFor("staff@st-mungos"));

    assertThat(page1.getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(second);
    assertThat(page2.getJsonArray("orders").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(first);
    assertThat(page2.containsKey("next")).as("a next page after the last").isFalse();
    assertThat(third.statusCode()).isEqualTo(409);
    assertThat(third.body()).contains("order-limit-reached");
    assertThat(someoneElses.statusCode()).isEqualTo(404);
    assertThat(badCursor.statusCode()).isEqualTo(422);
    assertThat(fromAnotherTenant.statusCode()).isEqualTo(404);
    assertThat(fromAnotherTenant.body()).doesNotContain("hungry-registrar");
  }

  @Test
  void a_runaway_client_is_told_to_wait() throws Exception {
    RushTenant strict = RushTenant.register("strict", 3);
    long dish = strict.offerDish("Toast", 100);
    String token = strict.staff("runaway-script");

    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(strict.checkout(token, UUID.randomUUID().toString(), strict.order(dish, 1)));
    }

    HttpResponse<String> fourth = answers.get(3);
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(fourth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void bad_orders_are_refused_field_by_field_and_write_nothing() throws Exception {
    long dish = hospital.offerDish("Jacket potato", 10);
    String token = hospital.staff("careless-intern");

    HttpResponse<String> noKey =
        Api.post(hospital.base() + "/orders", hospital.order(dish, 1), "application/json", token);
    HttpResponse<String> tooMany =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(dish, 99));
    HttpResponse<String> notOnMenu =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(dish + 10_000, 1));
    HttpResponse<String> unknownWard =
        hospital.checkout(
            token,
            UUID.randomUUID().toString(),
            hospital.order(dish, 1).replace("ward-1", "ward-99"));

    assertThat(noKey.statusCode()).isEqualTo(400);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("quantity");
    assertThat(notOnMenu.statusCode()).isEqualTo(422);
    assertThat(notOnMenu.body()).contains("lines[0].item");
    assertThat(unknownWard.statusCode()).isEqualTo(422);
    assertThat(unknownWard.body()).contains("\"location\"");
    assertThat(hospital.ordersInStore(dish)).isZero();
  }

  /** Work done by a client after each answer it gets. */
  private interface AfterEachAnswer {
    void run() throws Exception;
  }

  /** Each of n people checks out once, all at once; {@code during} runs after each answer. */
  private static List<HttpResponse<String>> rush(
      int people, String who, Function<Integer, String> body, AfterEachAnswer during)
      throws Exception {
    return AllAtOnce.run(
        people,
        i ->
            () -> {
              HttpResponse<String> answer =
                  untilDecided(
                      hospital.staff(who + "-" + i), UUID.randomUUID().toString(), body.apply(i));
              during.run();
              return answer;
            });
  }

  /**
   * Like a well-behaved client: a busy server (503) or a checkout still running (409 + Retry-After)
   * is retried.
   */
  private static HttpResponse<String> untilDecided(String token, String key, String body)
      throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      HttpResponse<String> answer = hospital.checkout(token, key, body);
      boolean retry =
          answer.statusCode() == 503
              || answer.statusCode() == 409 && answer.body().contains("checkout-in-progress");
      if (!retry || Instant.now().isAfter(giveUp)) {
        return answer;
      }
      Thread.sleep(50 + (long) (Math.random() * 100));
    }
  }

  private static long count(List<HttpResponse<String>> answers, int status) {
    return answers.stream().filter(a -> a.statusCode() == status).count();
  }

  private static List<Long> placedIds(List<HttpResponse<String>> answers) {
    return answers.stream()
        .filter(a -> a.statusCode() == 201)
        .map(a -> Api.json(a).getJsonNumber("id").longValue())
        .collect(Collectors.toList());
  }

  private static Map<Integer, Long> byStatus(List<HttpResponse<String>> answers) {
    return answers.stream()
        .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
  }
}
