package org.trayflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redisson.api.RFencedLock;

/**
 * Two instances of Trayflow against one PostgreSQL and one Redis: the application as started for
 * the tests, and a second copy of the same WAR that Arquillian deploys beside it, with its own CDI
 * container, Redisson client, caches and circuit breakers. Requests are spread over both; a third
 * Redis client stands in for a third instance.
 */
@ExtendWith(ArquillianExtension.class)
class SecondInstanceIT {

  @Deployment(testable = false)
  static WebArchive secondInstance() {
    return TrayflowWar.asAnotherInstance("second-instance");
  }

  @ArquillianResource URL secondInstance;

  @Test
  void one_idempotency_key_sent_to_both_instances_places_one_order() throws Exception {
    RushTenant hospital = RushTenant.register("two-apps", 600);
    long dish = hospital.offerDish("Cottage pie", 20);
    String token = hospital.staff("nurse-on-two-phones");
    String key = UUID.randomUUID().toString();

    List<HttpResponse<String>> answers =
        alternately(hospital, 20, i -> key, token, hospital.order(dish, 2));

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(200, 201));
    assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(1);
    assertThat(answers.stream().map(a -> Api.json(a).getJsonNumber("id").longValue()).distinct())
        .hasSize(1);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(1);
    assertThat(hospital.orderedInStore(dish)).isEqualTo(2);
    HttpResponse<String> otherBody =
        hospital.checkoutAt(second(), token, key, hospital.order(dish, 3));
    assertThat(otherBody.statusCode()).isEqualTo(422);
  }

  @Test
  void both_instances_wait_for_the_orderers_lock_whoever_holds_it() throws Exception {
    RushTenant hospital = RushTenant.register("two-locks", 600);
    long dish = hospital.offerDish("Leek soup", 20);
    String orderer = "busy-porter";
    String token = hospital.staff(orderer);
    RFencedLock lock =
        ServerSide.redis()
            .getFencedLock(
                "trayflow:{" + hospital.slug + "}:orderer-lock:" + orderer + "@" + hospital.slug);
    long heldFor = 1_500;
    AtomicLong held = new AtomicLong();
    AtomicLong takenAt = new AtomicLong();
    CountDownLatch taken = new CountDownLatch(1);
    CompletableFuture<Void> thirdInstance =
        CompletableFuture.runAsync(
            () -> {
              // Redisson locks belong to the thread that took them: taken, held and given back on
              // this one
              try {
                held.set(lock.tryLockAndGetToken(1, 10, TimeUnit.SECONDS));
                takenAt.set(System.nanoTime());
                taken.countDown();
                Thread.sleep(heldFor);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                lock.unlock();
              }
            });
    assertThat(taken.await(5, TimeUnit.SECONDS)).as("a third client takes the lock first").isTrue();

    List<HttpResponse<String>> answers =
        alternately(hospital, 2, i -> UUID.randomUUID().toString(), token, hospital.order(dish, 1));
    long waited = Duration.ofNanos(System.nanoTime() - takenAt.get()).toMillis();
    thirdInstance.get();

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
    assertThat(waited).as("neither instance went past the lock").isGreaterThanOrEqualTo(heldFor);
    assertThat(hospital.ordersInStore(dish)).isEqualTo(2);
    assertThat(
            ServerSide.queryLong(
                "select token from orderer_fence where tenant_id = ? and orderer = ?",
                hospital.id,
                orderer + "@" + hospital.slug))
        .as("the newest token is fenced in")
        .isGreaterThan(held.get());
  }

  @Test
  void a_configuration_imported_through_one_instance_rules_the_next_checkout_on_the_other()
      throws Exception {
    RushTenant hospital = RushTenant.register("two-configs", 600);
    long dish = hospital.offerDish("Fish pie", 1);
    String token = hospital.staff("late-registrar");
    String key = UUID.randomUUID().toString();
    HttpResponse<String> placed =
        hospital.checkoutAt(second(), token, key, hospital.order(dish, 1));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

    hospital.closeLunchOrderingHalfAnHourAgo(0); // imported through the first instance

    HttpResponse<String> another =
        hospital.checkoutAt(second(), token, UUID.randomUUID().toString(), hospital.order(dish, 1));
    assertThat(another.statusCode()).as(another.body()).isEqualTo(409);
    assertThat(Api.json(another).getString("type")).endsWith("ordering-closed");
    HttpResponse<String> sentAgain =
        hospital.checkoutAt(second(), token, key, hospital.order(dish, 1));
    assertThat(sentAgain.statusCode())
        .as("sent again once sold out and closed, the request still finds its order")
        .isEqualTo(200);
    assertThat(Api.json(sentAgain).getJsonNumber("id").longValue())
        .isEqualTo(Api.json(placed).getJsonNumber("id").longValue());
    assertThat(hospital.ordersInStore(dish)).isEqualTo(1);
  }

  private String second() {
    return TrayflowWar.baseUrlOf(secondInstance);
  }

  /** n checkouts at once, the even ones to the first instance and the odd ones to the second. */
  private List<HttpResponse<String>> alternately(
      RushTenant hospital, int n, IntFunction<String> key, String token, String body)
      throws Exception {
    return AllAtOnce.run(
        n,
        i -> {
          String instance = i % 2 == 0 ? TrayflowServer.baseUrl() : second();
          String idempotencyKey = key.apply(i);
          return () -> hospital.checkoutAt(instance, token, idempotencyKey, body);
        });
  }
}
