package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.persistence.CheckoutLedger;
import org.trayflow.ordering.persistence.Orders;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.patients.MealFlags;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.PatientMeals;
import org.trayflow.payments.StaffPayments;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.Slot;
import org.trayflow.quotas.SlotQuotas;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * Orders in PostgreSQL, the store of record. Placing an order is one transaction that re-checks
 * everything that must hold whatever Redis, the lock and this instance's memory said: the
 * configuration in force, the orderer's newest lock token, the Idempotency-Key, the limit per meal,
 * and the portions left (a conditional update). Anything short of all of it writes nothing.
 */
@ApplicationScoped
public class OrderBook {

  @Inject Orders orders;
  @Inject CheckoutLedger ledger;
  @Inject SlotQuotas quotas;
  @Inject OrderNotices notices;
  @Inject PatientMeals patientMeals;
  @Inject MealFlags flags;
  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject StaffPayments payments;

  /** An earlier request of the orderer with this key, if any. */
  @Transactional
  public Optional<EarlierRequest> earlierRequest(String orderer, String idempotencyKey) {
    return ledger.earlierRequest(orderer, idempotencyKey);
  }

  /**
   * Writes the order, its lines, the idempotency record and the confirmation to send, or nothing.
   *
   * @param fencingToken the orderer's lock token, or null when the lock could not be taken (Redis
   *     down): the orderer's fence row, locked by the transaction either way, then keeps their
   *     checkouts apart
   * @throws AlreadyPlaced when the key was used meanwhile (another instance, the PostgreSQL-only
   *     path)
   * @throws PortionsShort when PostgreSQL has fewer portions left than Redis let through
   * @throws org.trayflow.tenancy.ConfigurationChanged when the order was checked against a
   *     configuration no longer in force
   */
  @Transactional
  PlacedOrder record(
      CheckedOrder checked,
      String orderer,
      String idempotencyKey,
      String fingerprint,
      Long fencingToken,
      Instant now) {
    configurations.confirm(checked.decidedOn());
    if (!ledger.holdOrderer(orderer, fencingToken, OrdererLock.LEASE)) {
      throw new CheckoutInProgress(
          "This checkout took longer than its lock allowed and a newer one has started;"
              + " nothing was ordered. Try again with the same Idempotency-Key.");
    }
    Slot slot = checked.slot();
    OrderId id =
        ledger
            .claimKey(idempotencyKey, fingerprint, slot.serviceDate(), orderer, now)
            .orElseThrow(AlreadyPlaced::new);
    Order order = Order.placed(id, slot, checked.locationId(), checked.menuVersion(), orderer, now);
    checkLimit(checked, orderer);
    SlotQuotas.Taken taken = quotas.take(slot, checked.portions());
    if (!taken.complete()) {
      throw new PortionsShort(taken.shortOf());
    }
    List<PlacedOrder.Line> lines =
        checked.portions().perDish().entrySet().stream()
            .map(
                e ->
                    new PlacedOrder.Line(e.getKey(), checked.names().get(e.getKey()), e.getValue()))
            .toList();
    orders.add(order, lines, fencingToken, idempotencyKey);
    if (checked.patientMeal().isEmpty()) {
      payments.charge(
          checked.decidedOn().configuration().payment(),
          orderer,
          slot.serviceDate(),
          checked.cost(),
          order.id(),
          now);
    }
    checked
        .patientMeal()
        .ifPresent(meal -> patientMeals.record(order.id(), slot.serviceDate(), meal));
    PlacedOrder placed =
        PlacedOrder.of(order, checked.request().site(), checked.request().location(), lines);
    notices.placed(placed, slot.siteId(), now);
    notices.nearlySoldOut(checked.request().site(), slot, taken.nearlyGone(), checked.names(), now);
    return placed;
  }

  /**
   * Staff have the hospital's limit of orders per meal; a patient has one meal per meal, and their
   * bedside the hospital's limit of guest and carer meals.
   */
  private void checkLimit(CheckedOrder order, String orderer) {
    Slot slot = order.slot();
    if (order.patientMeal().isPresent()) {
      CheckedPatientMeal meal = order.patientMeal().get();
      // two nurses ordering for one patient hold different orderer locks: the bed is counted alone
      ledger.serialisePatient(meal.patientId());
      int limit = meal.mealFor() == MealFor.PATIENT ? 1 : order.ordersPerSlot();
      if (patientMeals.mealsOrdered(
              meal.patientId(), meal.mealFor(), slot.serviceDate(), slot.mealPeriod().value())
          >= limit) {
        throw OrderLimitReached.forPatient(limit, meal.mealFor() == MealFor.PATIENT);
      }
      return;
    }
    // meals the orderer placed at patients' beds count against the patient, not them; they are
    // looked for only when the orderer's orders alone reach the limit, which few do
    List<OrderId> ofMeal = orders.notCancelledOf(orderer, slot);
    if (ofMeal.size() >= order.ordersPerSlot()
        && ofMeal.size() - patientMeals.of(ofMeal).size() >= order.ordersPerSlot()) {
      throw new OrderLimitReached(order.ordersPerSlot());
    }
  }

  /** The key was used by a request that got there first; its order is the answer. */
  static final class AlreadyPlaced extends RuntimeException {
    AlreadyPlaced() {
      super(null, null, false, false);
    }
  }

  /** PostgreSQL has fewer portions left than asked, of these dishes (with what is left). */
  static final class PortionsShort extends RuntimeException {
    final transient Portions remaining;

    PortionsShort(Portions remaining) {
      super(null, null, false, false);
      this.remaining = remaining;
    }
  }

  /**
   * Cancels the orderer's order if the meal's cut-off has not passed, putting its portions back.
   *
   * @return the cancelled order, and its slot and portions for the Redis counters
   */
  @Transactional
  Cancelled cancel(
      String orderer, OrderId orderId, Function<Order, OrderingWindow> windowOf, Instant now) {
    Order order =
        orders.ofOrderer(orderer, orderId, true).orElseThrow(() -> new OrderNotFound(orderId));
    return cancelled(order.cancel(windowOf.apply(order), now), orderer, now);
  }

  /**
   * Cancels a meal ordered for a patient, whoever of the ward ordered it: before the cut-off, or at
   * any time before it reaches the patient when its diet changed since (it is flagged).
   */
  @Transactional
  Cancelled cancelPatientMeal(
      OrderId orderId, Function<Order, OrderingWindow> windowOf, String by, Instant now) {
    Order order =
        orders
            .toChange(orderId)
            .filter(o -> !patientMeals.of(List.of(o.id())).isEmpty())
            .orElseThrow(() -> new OrderNotFound(orderId));
    if (flags.openFor(List.of(order.id())).isEmpty()) {
      return cancelled(order.cancel(windowOf.apply(order), now), by, now);
    }
    Order cancelled = order.cancelFlagged(now);
    flags.closeCancelled(order.id(), order.serviceDate(), by, now);
    return cancelled(cancelled, by, now);
  }

  private Cancelled cancelled(Order order, String by, Instant now) {
    orders.update(order);
    payments.refund(order.id(), by, now);
    PlacedOrder view = views(List.of(order)).get(0);
    Portions.Tally portions = new Portions.Tally();
    view.lines().forEach(line -> portions.add(line.item(), line.quantity()));
    quotas.putBack(order.slot(), portions.portions());
    notices.cancelled(view, order.slot().siteId(), now);
    return new Cancelled(view, order.slot(), portions.portions());
  }

  record Cancelled(PlacedOrder order, Slot slot, Portions portions) {}

  /**
   * @throws OrderNotFound unless the orderer has an order of that id
   */
  @Transactional
  public PlacedOrder find(String orderer, OrderId orderId) {
    return orders
        .ofOrderer(orderer, orderId, false)
        .map(order -> views(List.of(order)).get(0))
        .orElseThrow(() -> new OrderNotFound(orderId));
  }

  @Transactional
  PlacedOrder load(OrderId orderId, LocalDate serviceDate) {
    return views(List.of(orders.load(orderId, serviceDate))).get(0);
  }

  /** The orderer's orders, newest first, a page at a time. */
  @Transactional
  public OrderPage ofOrderer(String orderer, String cursor, int limit) {
    return page(orders.ofOrderer(orderer, OrderCursor.parse(cursor), limit), limit);
  }

  /** The orders for one ward, department or pick-up point on one day, newest first. */
  @Transactional
  public OrderPage ofLocation(long locationId, LocalDate day, String cursor, int limit) {
    return page(orders.ofLocation(locationId, day, OrderCursor.parse(cursor), limit), limit);
  }

  /**
   * @param found up to one order more than the limit: there is a next page when there is
   */
  private OrderPage page(List<Order> found, int limit) {
    List<Order> shown = found.subList(0, Math.min(limit, found.size()));
    String next =
        found.size() > limit ? OrderCursor.after(shown.get(shown.size() - 1)).token() : null;
    return new OrderPage(views(shown), next);
  }

  /**
   * The kitchen moves a meal's orders on (all of them, one location's, or the ones chosen): each
   * must have the status before {@code to}; each orderer is told, as the deferral rules allow. A
   * patient's meal flagged after a diet change stays where it is until the ward has checked it or
   * cancelled it.
   *
   * @return the orders moved
   */
  @Transactional
  public int advance(KitchenMove move, Instant now) {
    List<Order> moved =
        movable(move, true).stream().map(order -> order.moveTo(move.to(), now)).toList();
    moved.forEach(orders::update);
    views(moved).forEach(view -> notices.movedOn(view, move.slot().siteId(), now));
    return moved.size();
  }

  /** How many orders the move would move now, for the kitchen to confirm before it does. */
  @Transactional
  public int countMovable(KitchenMove move) {
    return movable(move, false).size();
  }

  private List<Order> movable(KitchenMove move, boolean toMove) {
    OrderStatus from =
        move.to()
            .comesAfter()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(move.to() + " is not a status the kitchen sets"));
    if (move.chosen().filter(Set::isEmpty).isPresent()) {
      return List.of();
    }
    List<Order> found = orders.atStatus(move, from, toMove);
    var flagged = flags.openFor(found.stream().map(Order::id).toList()).keySet();
    return found.stream().filter(order -> !flagged.contains(order.id())).toList();
  }

  private List<PlacedOrder> views(List<Order> shown) {
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<OrderId, List<PlacedOrder.Line>> lines =
        orders.linesOf(shown.stream().map(Order::id).toList());
    Map<Long, String> siteSlugs =
        sites.siteSlugs(shown.stream().map(o -> o.slot().siteId()).collect(Collectors.toSet()));
    Map<Long, String> locationSlugs =
        sites.locationSlugs(shown.stream().map(Order::locationId).collect(Collectors.toSet()));
    return shown.stream()
        .map(
            o ->
                PlacedOrder.of(
                    o,
                    siteSlugs.get(o.slot().siteId()),
                    locationSlugs.get(o.locationId()),
                    lines.getOrDefault(o.id(), List.of())))
        .toList();
  }
}
