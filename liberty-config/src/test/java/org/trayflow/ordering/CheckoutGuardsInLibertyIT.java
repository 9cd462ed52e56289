package org.trayflow.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trayflow.it.TenantTransactions;
import org.trayflow.it.TrayflowWar;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.Admission;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.QuotaCounters;
import org.trayflow.quotas.QuotaRecompute;
import org.trayflow.quotas.RecomputeSteps;
import org.trayflow.quotas.Slot;
import org.trayflow.quotas.persistence.QuotaRows;
import org.trayflow.tenancy.ConfigurationInForce;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The two races of the checkout, made to happen on purpose inside the server, on today's demo lunch
 * of St Mungo's: a writer whose lock ran out (a stale fencing token) cannot write, and the quota
 * recompute cannot overwrite a reservation made between its reading the version and its writing.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutGuardsInLibertyIT {

  private static final Slug ST_MUNGOS = new Slug("st-mungos");

  @Deployment
  static WebArchive deployment() {
    return TrayflowWar.with(
        CheckoutGuardsInLibertyIT.class,
        RecomputeSteps.class,
        TrayflowWar.class,
        TenantTransactions.class);
  }

  @Inject TenantDirectory directory;
  @Inject TenantConfigurations configurations;
  @Inject PublishedMenus menus;
  @Inject OrdererLock locks;
  @Inject OrderBook book;
  @Inject QuotaCounters counters;
  @Inject QuotaRecompute recompute;
  @Inject QuotaRows quotas;
  @Inject EntityManager em;
  @Inject Clock clock;

  private long tenantId;

  @BeforeEach
  void findStMungos() {
    tenantId = directory.findTenantId(ST_MUNGOS).orElseThrow();
  }

  @Test
  void a_writer_whose_lock_ran_out_cannot_write_after_a_newer_holder() throws Exception {
    String orderer = "slow-porter-" + UUID.randomUUID();
    TenantScope.asTenant(
        tenantId,
        ST_MUNGOS,
        () -> {
          CheckedOrder order = todaysLunch();
          long stale;
          try (OrdererLock.Held first = locks.lock(orderer)) {
            stale = first.token();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          long newer;
          try (OrdererLock.Held second = locks.lock(orderer)) {
            newer = second.token();
            book.record(
                order,
                orderer,
                "newer-" + UUID.randomUUID(),
                order.request().fingerprint(),
                newer,
                clock.instant());
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }

          assertTrue(newer > stale, "tokens grow: " + stale + " then " + newer);
          assertThrows(
              CheckoutInProgress.class,
              () ->
                  book.record(
                      order,
                      orderer,
                      "stale-" + UUID.randomUUID(),
                      order.request().fingerprint(),
                      stale,
                      clock.instant()));
          assertEquals(1, book.ofOrderer(orderer, null, 10).orders().size());
          return null;
        });
    assertEquals(1, storedTokens(orderer).size(), "the fencing token is stored with the order");
  }

  @Test
  void without_a_redis_lock_postgresql_alone_keeps_one_orderers_checkouts_apart() throws Exception {
    String orderer = "redis-down-porter-" + UUID.randomUUID();
    int attempts = 8;
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CheckedOrder order = TenantScope.asTenant(tenantId, ST_MUNGOS, this::todaysLunch);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> outcomes = new ArrayList<>();
    for (int n = 0; n < attempts; n++) {
      outcomes.add(
          executor.submit(
              () -> {
                start.await();
                return TenantScope.asTenant(
                    tenantId,
                    ST_MUNGOS,
                    () -> {
                      try {
                        book.record(
                            order,
                            orderer,
                            "unguarded-" + UUID.randomUUID(),
                            order.request().fingerprint(),
                            null,
                            clock.instant());
                        return "placed";
                      } catch (OrderLimitReached limit) {
                        return "limit";
                      }
                    });
              }));
    }
    start.countDown();
    List<String> seen = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      seen.add(outcome.get(30, TimeUnit.SECONDS));
    }

    // the hospital's limit per person and meal, decided one checkout after another
    assertEquals(
        order.ordersPerSlot(), seen.stream().filter("placed"::equals).count(), seen.toString());
    assertEquals(
        attempts - order.ordersPerSlot(),
        seen.stream().filter("limit"::equals).count(),
        seen.toString());
  }

  @Test
  void the_recompute_cannot_erase_a_reservation_made_between_its_two_steps() {
    TenantScope.asTenant(
        tenantId,
        ST_MUNGOS,
        () -> {
          CheckedOrder lunch = todaysLunch();
          Slot slot = lunch.slot();
          long dish = lunch.portions().perDish().firstKey();
          assertTrue(recompute.recompute(zone(), slot));
          int before = counters.remaining(slot).of(dish);
          RecomputeSteps job = new RecomputeSteps(counters, slot);

          job.readVersion();
          Portions readFromStore = quotas.remaining(slot);
          String hold = "race-" + UUID.randomUUID();
          assertInstanceOf(
              Admission.Held.class,
              counters.reserve(slot, hold, new Portions.Tally().add(dish, 2).portions()));

          assertFalse(
              job.writeIfUnchanged(readFromStore), "a version read before the hold is stale");
          assertEquals(before - 2, counters.remaining(slot).of(dish));
          job.readVersion();
          assertTrue(job.sawPortionsHeld());
          assertFalse(job.writeIfUnchanged(readFromStore), "no write while a hold is live");
          assertEquals(before - 2, counters.remaining(slot).of(dish));

          counters.giveBack(slot, hold);
          assertTrue(recompute.recompute(zone(), slot));
          assertEquals(quotas.remaining(slot), counters.remaining(slot));
          return null;
        });
  }

  /**
   * One portion of the first dish of today's lunch at Central, to the staff restaurant: checked as
   * the rules do.
   */
  private CheckedOrder todaysLunch() {
    ConfigurationInForce inForce = configurations.lastRead().orElseThrow();
    TenantConfiguration hospital = inForce.configuration();
    MealPeriod lunch =
        hospital.mealPeriods().stream()
            .filter(m -> m.id().value().equals("lunch"))
            .findFirst()
            .orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(hospital.timeZone()));
    MenuWeek week = MenuWeek.containing(today);
    int version = menus.newestVersion("central", week).orElseThrow();
    PublishedMenu.OfferedDish dish =
        menus
            .menu("central", week, version)
            .orElseThrow()
            .onlyDay(today)
            .days()
            .get(0)
            .meals()
            .stream()
            .filter(m -> m.mealPeriod().equals("lunch"))
            .findFirst()
            .orElseThrow()
            .dishes()
            .get(0);
    long site = inForce.siteId("central").orElseThrow();
    OrderRequest request =
        new OrderRequest(
            "central",
            today,
            "lunch",
            "staff-restaurant",
            List.of(new OrderRequest.Line(dish.itemId(), 1)));
    return new CheckedOrder(
        inForce,
        request,
        new Slot(site, today, lunch.id()),
        inForce.locationId(site, "staff-restaurant").orElseThrow(),
        version,
        request.portions(),
        Map.of(dish.itemId(), dish.name()),
        dish.price(),
        5,
        OrderingWindow.of(lunch, today, hospital.timeZone()),
        Optional.empty());
  }

  private ZoneId zone() {
    return configurations.configuration().orElseThrow().timeZone();
  }

  private List<?> storedTokens(String orderer) throws Exception {
    return TenantTransactions.inTransactionAs(
        tenantId,
        () ->
            em.createNativeQuery(
                    "select fencing_token from orders where orderer = ?1 and fencing_token is not null")
                .setParameter(1, orderer)
                .getResultList());
  }
}
