package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.trayflow.ids.OrderId;
import org.trayflow.patients.MealOrderers;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.quotas.Admission;
import org.trayflow.quotas.QuotaCounters;
import org.trayflow.quotas.QuotaRecompute;
import org.trayflow.tenancy.ConfigurationChanged;
import org.trayflow.tenancy.ConfigurationInForce;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The lunch checkout (docs/architecture.md, "The lunch checkout"; decisions 0009 and 0020): rate
 * limit → the orderer's fenced lock → the rules, on the configuration this instance last read → all
 * the portions held in Redis at once (turning sold-out orders away without touching PostgreSQL) →
 * one PostgreSQL transaction that has the last word (the configuration still in force, the
 * Idempotency-Key unclaimed, the portions left) → the hold settled, or given back on any failure. A
 * request sent again after its order was placed is answered with that order, whatever refused it
 * the second time.
 *
 * <p>A bulkhead bounds how many checkouts run at once per instance: past it, the API answers 503 at
 * once rather than letting requests queue for the database pool.
 */
@ApplicationScoped
public class Checkout {

  /** Idempotency keys are client-made: a UUID fits, and so does anything of this form. */
  public static final String KEY_FORM = "[A-Za-z0-9_.:-]{8,120}";

  @Inject TenantConfigurations configurations;
  @Inject OrderingRateLimit rateLimit;
  @Inject OrdererLock locks;
  @Inject OrderingRules rules;
  @Inject QuotaCounters counters;
  @Inject QuotaRecompute recompute;
  @Inject OrderBook book;
  @Inject CheckoutMetrics metrics;
  @Inject Clock clock;

  @Bulkhead(value = 32)
  public PlacedOrder place(
      @NotNull @Valid Orderer orderer,
      @NotNull @Pattern(regexp = KEY_FORM) String idempotencyKey,
      @NotNull @Valid OrderRequest request) {
    long started = System.nanoTime();
    String outcome = "failed";
    try {
      PlacedOrder order = placeLocked(orderer, idempotencyKey, request);
      outcome = order.replayed() ? "replayed" : "placed";
      return order;
    } catch (ExpectedFailure refused) {
      outcome = refused.problemType();
      throw refused;
    } finally {
      metrics.checkout(outcome, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private PlacedOrder placeLocked(Orderer orderer, String key, OrderRequest request) {
    ConfigurationInForce configuration = configurations.lastRead().orElseThrow();
    String username = orderer.username();
    rateLimit.count(username, configuration.configuration().orderingLimits().ordersPerMinute());
    long waitStarted = System.nanoTime();
    try (OrdererLock.Held held = locks.lock(username)) {
      metrics.lockWait(Duration.ofNanos(System.nanoTime() - waitStarted));
      for (int attempt = 1; ; attempt++) {
        try {
          return decide(configuration, orderer, key, request, held.token());
        } catch (ConfigurationChanged changed) {
          if (attempt == 2) {
            throw new CheckoutInProgress(
                "The hospital's settings changed while your order was being placed; nothing was"
                    + " ordered. Try again.");
          }
          configuration = configurations.lastRead().orElseThrow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CheckoutInProgress("The checkout was interrupted; nothing was ordered. Try again.");
    }
  }

  /**
   * Places the order, or refuses it, on this configuration; either way only once PostgreSQL has
   * confirmed that the configuration is still in force.
   *
   * @throws ConfigurationChanged when it is not
   */
  private PlacedOrder decide(
      ConfigurationInForce configuration,
      Orderer orderer,
      String key,
      OrderRequest request,
      Long token) {
    String fingerprint = request.fingerprint();
    try {
      CheckedOrder order = rules.check(configuration, request, orderer.roles());
      return reserveAndRecord(order, orderer.username(), key, fingerprint, token);
    } catch (ExpectedFailure refused) {
      // only now is the key looked for: a request sent again is rare, and its order is the answer
      // whatever refused it this time (the dish sold out, ordering closed)
      var earlier = book.earlierRequest(orderer.username(), key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), fingerprint);
      }
      configurations.confirm(configuration);
      throw refused;
    }
  }

  private PlacedOrder reserveAndRecord(
      CheckedOrder order, String orderer, String key, String fingerprint, Long token) {
    String holdId = UUID.randomUUID().toString();
    Admission admission = counters.reserve(order.slot(), holdId, order.portions());
    if (admission instanceof Admission.CountersMissing) {
      recompute.rebuildMissing(order.decidedOn().configuration().timeZone(), order.slot());
      admission = counters.reserve(order.slot(), holdId, order.portions());
    }
    if (admission instanceof Admission.SoldOut soldOut) {
      metrics.soldOut("redis");
      throw new SoldOut(soldOut.remaining(), order.names(), order.portions());
    }
    boolean held = admission instanceof Admission.Held;
    try {
      PlacedOrder placed = book.record(order, orderer, key, fingerprint, token, clock.instant());
      if (held) {
        counters.settle(order.slot(), holdId);
      }
      return placed;
    } catch (OrderBook.PortionsShort shortInStore) {
      giveBack(order, holdId, held);
      counters.lowerTo(order.slot(), shortInStore.remaining);
      metrics.soldOut("postgresql");
      throw new SoldOut(shortInStore.remaining, order.names(), order.portions());
    } catch (OrderBook.AlreadyPlaced raced) {
      giveBack(order, holdId, held);
      return replay(book.earlierRequest(orderer, key).orElseThrow(), fingerprint);
    } catch (RuntimeException failed) {
      giveBack(order, holdId, held);
      throw failed;
    }
  }

  private void giveBack(CheckedOrder order, String holdId, boolean held) {
    if (held) {
      counters.giveBack(order.slot(), holdId);
    }
  }

  private PlacedOrder replay(EarlierRequest earlier, String fingerprint) {
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw new IdempotencyKeyReused();
    }
    return book.load(earlier.orderId(), earlier.serviceDate()).asReplay();
  }

  /**
   * Cancels before the meal's cut-off, in the hospital's time zone; the portions go back on sale.
   */
  public PlacedOrder cancel(@NotBlank String orderer, @NotNull OrderId orderId) {
    TenantConfiguration configuration = configurations.configuration().orElseThrow();
    OrderBook.Cancelled cancelled =
        book.cancel(orderer, orderId, windows(configuration), clock.instant());
    counters.returnPortions(cancelled.slot(), cancelled.portions());
    return cancelled.order();
  }

  /**
   * Cancels a meal ordered for a patient, by anyone of the ward: before the cut-off, or, once its
   * diet changed (flagged), until it reaches the patient.
   */
  public PlacedOrder cancelPatientMeal(@NotNull @Valid Orderer by, @NotNull OrderId orderId) {
    TenantConfiguration configuration = configurations.configuration().orElseThrow();
    if (!MealOrderers.mayOrderForPatients(by.roles(), configuration)) {
      throw new OrderNotFound(
          orderId); // as for a meal that does not exist: nothing learnt of the ward's
    }
    OrderBook.Cancelled cancelled =
        book.cancelPatientMeal(orderId, windows(configuration), by.username(), clock.instant());
    counters.returnPortions(cancelled.slot(), cancelled.portions());
    return cancelled.order();
  }

  /** Each order's ordering window, in the hospital's time zone. */
  private static Function<Order, OrderingWindow> windows(TenantConfiguration configuration) {
    return order ->
        OrderingWindow.of(
            configuration
                .mealPeriod(order.mealPeriod().value())
                .orElseThrow(
                    () -> OrderingClosed.forMealNoLongerServed(order.mealPeriod().value())),
            order.serviceDate(),
            configuration.timeZone());
  }

  /**
   * Why its orderer can no longer cancel the order, in the hospital's time zone; empty while they
   * still can: placed, and before its meal's cut-off. The screen words it.
   */
  public Optional<CancelRefusal> cancelRefusal(
      TenantConfiguration configuration, PlacedOrder order) {
    Optional<OrderingWindow> window =
        configuration
            .mealPeriod(order.mealPeriod())
            .map(meal -> OrderingWindow.of(meal, order.serviceDate(), configuration.timeZone()));
    if (window.isEmpty() && order.status() == OrderStatus.PLACED) {
      return Optional.of(CancelRefusal.MEAL_NO_LONGER_SERVED);
    }
    return CancelRefusal.of(
        order.status(), window.filter(w -> w.acceptsCancellationsAt(clock.instant())).isPresent());
  }
}
