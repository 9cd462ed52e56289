package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Staff pay for their own meals in the order's transaction: an allowance or a wallet is never
 * overspent, however many checkouts of one person arrive at once; a refused order writes nothing; a
 * cancellation refunds; payroll deductions export per period; top-ups are checked and audited.
 * Against the real server, PostgreSQL and Redis.
 */
class StaffPaymentIT {

  private static final LocalDate TOMORROW = LocalDate.now(RushTenant.ZONE).plusDays(1);

  private static RushTenant hospitalPaying(String prefix, String payment) throws Exception {
    RushTenant hospital = RushTenant.register(prefix, 600);
    hospital.reconfigure(
        file ->
            file.replace("payment: {mode: free, currency: NZD}", "payment: " + payment)
                .replace("ordersPerSlot: 2", "ordersPerSlot: 40"));
    return hospital;
  }

  private static long dish(RushTenant hospital, String name, String price) throws Exception {
    return hospital
        .offerDishes(
            List.of(
                "{\"name\":\""
                    + name
                    + "\",\"category\":\"Main\",\"portionSize\":\"1\",\"price\":"
                    + price
                    + ",\"allergens\":[],\"dietTags\":[]}"),
            100,
            TOMORROW)
        .get(0);
  }

  private static JsonObject account(RushTenant hospital, String token) throws Exception {
    HttpResponse<String> account = Api.get(hospital.base() + "/me/account?date=" + TOMORROW, token);
    assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
    return Api.json(account);
  }

  private static BigDecimal decimal(JsonObject json, String field) {
    return json.getJsonNumber(field).bigDecimalValue();
  }

  @Test
  void an_order_past_the_days_allowance_is_refused_naming_the_amounts_and_writes_nothing()
      throws Exception {
    RushTenant hospital =
        hospitalPaying("allow", "{mode: allowance, currency: NZD, dailyAllowance: 10.00}");
    long pie = dish(hospital, "Mince pie", "6.00");
    String who = "mira@" + hospital.slug;
    String token = ServerSide.tokenFor(who, hospital.id, hospital.slug, "STAFF");

    HttpResponse<String> first =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(TOMORROW, pie, 1));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(decimal(account(hospital, token), "spendable")).isEqualByComparingTo("4.00");

    HttpResponse<String> second =
        hospital.checkout(token, UUID.randomUUID().toString(), hospital.order(TOMORROW, pie, 1));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    JsonObject problem = Api.json(second);
    assertThat(problem.getString("type")).endsWith("payment-refused");
    assertThat(problem.getString("detail"))
        .contains("This order costs $6.00")
        .contains("has $4.00 left")
        .contains("Nothing was ordered");
    assertThat(hospital.orderedInStore(pie, TOMORROW)).as("no portion taken").isEqualTo(1);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from orders where tenant_id = ? and orderer = ?",
                hospital.id,
                who))
        .isEqualTo(1);

    long firstOrder = Api.json(first).getJsonNumber("id").longValue();
    HttpResponse<String> cancelled =
        Api.post(
            hospital.base() + "/orders/" + firstOrder + "/cancellation",
            "",
            "application/json",
            token);
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    JsonObject after = account(hospital, token);
    assertThat(decimal(after, "spendable")).as("refunded").isEqualByComparingTo("10.00");
    assertThat(after.getJsonArray("movements").getJsonObject(0).getString("kind"))
        .isEqualTo("refund");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from account_movement where tenant_id = ? and order_id = ?",
                hospital.id,
                firstOrder))
        .as("one charge, one refund")
        .isEqualTo(2);
  }

  @Test
  void many_checkouts_of_one_person_at_once_never_spend_past_the_wallet_and_its_overdraft()
      throws Exception {
    RushTenant hospital =
        hospitalPaying("wallet", "{mode: wallet, currency: NZD, overdraftLimit: 2.00}");
    long soup = dish(hospital, "Pea soup", "3.00");
    String who = "tama@" + hospital.slug;
    hospital.addPersonWithDemoPassword(who, "Tama Walker", null, "STAFF");
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    HttpResponse<String> topUp =
        Api.post(
            hospital.base() + "/people/" + who + "/wallet/top-ups",
            "{\"amount\":10.00,\"reference\":\"till 4 receipt 1187\"}",
            "application/json",
            admin);
    assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
    assertThat(decimal(Api.json(topUp), "balance")).isEqualByComparingTo("10.00");

    String token = ServerSide.tokenFor(who, hospital.id, hospital.slug, "STAFF");
    ExecutorService crowd = Executors.newFixedThreadPool(16);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Callable<HttpResponse<String>> checkout =
            () ->
                hospital.checkout(
                    token, UUID.randomUUID().toString(), hospital.order(TOMORROW, soup, 1));
        answers.add(crowd.submit(checkout));
      }
      int placed = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() == 201) {
          placed++;
        } else {
          assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        }
      }
      // 10.00 and 2.00 of overdraft buy four soups at 3.00, never five
      assertThat(placed).isLessThanOrEqualTo(4);
      assertThat(
              ServerSide.queryLong(
                  "select count(*) from orders where tenant_id = ? and orderer = ?"
                      + " and status <> 'CANCELLED'",
                  hospital.id,
                  who))
          .isEqualTo(placed);
      assertThat(
              ServerSide.queryLong(
                  "select (balance * 100)::bigint from wallet where tenant_id = ? and username = ?",
                  hospital.id,
                  who))
          .as("balance in cents: what was put in less what was placed")
          .isEqualTo(1000 - 300L * placed)
          .isGreaterThanOrEqualTo(-200);
      assertThat(hospital.orderedInStore(soup, TOMORROW)).isEqualTo(placed);
    } finally {
      crowd.shutdownNow();
    }
    // whatever contention refused along the way, the wallet lets the person order up to its limit
    while (decimal(account(hospital, token), "spendable").compareTo(new BigDecimal("3.00")) >= 0) {
      assertThat(
              hospital
                  .checkout(token, UUID.randomUUID().toString(), hospital.order(TOMORROW, soup, 1))
                  .statusCode())
          .isEqualTo(201);
    }
    assertThat(decimal(account(hospital, token), "walletBalance")).isEqualByComparingTo("-2.00");
    assertThat(
            ServerSide.queryLong(
                "select count(*) from audit_entry where tenant_id = ? and action = 'wallet.topped-up'"
                    + " and detail like ? || ': $10.00 (till 4 receipt 1187)%'",
                hospital.id, who))
        .isEqualTo(1);
  }

  @Test
  void top_ups_are_refused_when_they_are_not_exact_not_a_persons_or_not_a_wallet_hospitals()
      throws Exception {
    RushTenant wallets = hospitalPaying("topup", "{mode: wallet, currency: NZD}");
    RushTenant other = RushTenant.register("topup-other", 600);
    String admin =
        ServerSide.tokenFor("admin@" + wallets.slug, wallets.id, wallets.slug, "TENANT_ADMIN");
    String person = "ana@" + wallets.slug;
    wallets.addPersonWithDemoPassword(person, "Ana Lee", null, "STAFF");
    String stranger = "kim@" + other.slug;
    other.addPersonWithDemoPassword(stranger, "Kim Park", null, "STAFF");

    assertThat(topUp(wallets, person, "10.005", admin).statusCode()).isEqualTo(400);
    assertThat(topUp(wallets, person, "-5", admin).statusCode()).isEqualTo(400);
    assertThat(topUp(wallets, person, "5000", admin).statusCode()).isEqualTo(422);
    HttpResponse<String> otherTenants = topUp(wallets, stranger, "5", admin);
    assertThat(otherTenants.statusCode()).as(otherTenants.body()).isEqualTo(404);
    String otherAdmin =
        ServerSide.tokenFor("admin@" + other.slug, other.id, other.slug, "TENANT_ADMIN");
    assertThat(topUp(other, stranger, "5", otherAdmin).statusCode())
        .as("that hospital's meals are free")
        .isEqualTo(409);
    String staff = ServerSide.tokenFor(person, wallets.id, wallets.slug, "STAFF");
    assertThat(topUp(wallets, person, "5", staff).statusCode()).isEqualTo(403);
    assertThat(
            ServerSide.queryLong(
                "select count(*) from account_movement where tenant_id in (?, ?)",
                wallets.id,
                other.id))
        .isZero();
  }

  private static HttpResponse<String> topUp(
      RushTenant hospital, String person, String amount, String token) throws Exception {
    return Api.post(
        hospital.base() + "/people/" + person + "/wallet/top-ups",
        "{\"amount\":" + amount + "}",
        "application/json",
        token);
  }

  @Test
  void payroll_deductions_export_what_each_person_owes_for_the_period_less_refunds()
      throws Exception {
    RushTenant hospital = hospitalPaying("payroll", "{mode: payroll-deduction, currency: NZD}");
    long curry = dish(hospital, "Curry", "5.50");
    String who = "sione@" + hospital.slug;
    hospital.addPersonWithDemoPassword(who, "Sione Taufa", null, "STAFF");
    String token = ServerSide.tokenFor(who, hospital.id, hospital.slug, "STAFF");
    List<Long> orders = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> placed =
          hospital.checkout(
              token, UUID.randomUUID().toString(), hospital.order(TOMORROW, curry, 1));
      assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
      orders.add(Api.json(placed).getJsonNumber("id").longValue());
    }
    assertThat(
            Api.post(
                    hospital.base() + "/orders/" + orders.get(0) + "/cancellation",
                    "",
                    "application/json",
                    token)
                .statusCode())
        .isEqualTo(200);
    String admin =
        ServerSide.tokenFor("admin@" + hospital.slug, hospital.id, hospital.slug, "TENANT_ADMIN");
    LocalDate today = LocalDate.now(RushTenant.ZONE);
    HttpResponse<String> csv =
        Api.get(hospital.base() + "/payroll-deductions?from=" + today + "&to=" + today, admin);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().toList())
        .containsExactly(
            "username,name,period from,period to,meals charged,charged,refunded,to deduct,currency",
            who + ",Sione Taufa," + today + "," + today + ",3,16.50,5.50,11.00,NZD");
    HttpResponse<String> backwards =
        Api.get(
            hospital.base() + "/payroll-deductions?from=" + today + "&to=" + today.minusDays(1),
            admin);
    assertThat(backwards.statusCode()).isEqualTo(422);
    assertThat(
            Api.get(hospital.base() + "/payroll-deductions?from=" + today + "&to=" + today, token)
                .statusCode())
        .isEqualTo(403);
  }
}
