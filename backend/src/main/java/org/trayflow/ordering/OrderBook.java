package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.notifications.Outbox;
import org.trayflow.ordering.persistence.OrderLineRecord;
import org.trayflow.ordering.persistence.OrderRecord;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.patients.MealFlags;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.PatientMeals;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.Slot;
import org.trayflow.quotas.SlotQuotas;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * Orders in PostgreSQL, the store of record. Placing an order is one transaction that re-checks
 * everything that must hold whatever Redis and the lock said: the orderer's newest lock token, the
 * Idempotency-Key, the limit per meal, and the portions left (a conditional update). Anything short
 * of all of it writes nothing.
 */
@ApplicationScoped
public class OrderBook {

  @Inject EntityManager em;
  @Inject SlotQuotas quotas;
  @Inject Outbox outbox;
  @Inject PatientMeals patientMeals;
  @Inject MealFlags flags;

  /**
   * An earlier request of the orderer with this key, if any: the fingerprint it had and the order
   * it made.
   */
  @Transactional
  public Optional<EarlierRequest> earlierRequest(String orderer, String idempotencyKey) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select request_hash, order_id, service_date from order_request"
                        + " where tenant_id = ?1 and orderer = ?2 and idempotency_key = ?3")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, orderer)
                .setParameter(3, idempotencyKey))
        .findFirst()
        .map(
            row ->
                new EarlierRequest(
                    (String) row[0], ((Number) row[1]).longValue(), NativeRows.date(row[2])));
  }

  /** The order an earlier request made. */
  record EarlierRequest(String fingerprint, long orderId, LocalDate serviceDate) {}

  /**
   * Writes the order, its lines, the idempotency record and the confirmation to send, or nothing.
   *
   * @param fencingToken the orderer's lock token, or null when the lock could not be taken (Redis
   *     down): the transaction's own advisory lock on the orderer then keeps their checkouts apart
   * @throws AlreadyPlaced when the key was used meanwhile (another instance, the PostgreSQL-only
   *     path)
   * @throws PortionsShort when PostgreSQL has fewer portions left than Redis let through
   */
  @Transactional
  PlacedOrder record(
      CheckedOrder order,
      String orderer,
      String idempotencyKey,
      String fingerprint,
      Long fencingToken,
      Instant now) {
    long tenant = TenantScope.requiredTenant();
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, tenant + "/" + orderer)
        .getSingleResult();
    if (fencingToken != null && !fenceAccepts(tenant, orderer, fencingToken)) {
      throw new CheckoutInProgress(
          "This checkout took longer than its lock allowed and a newer one has started;"
              + " nothing was ordered. Try again with the same Idempotency-Key.");
    }
    long id =
        ((Number) em.createNativeQuery("select nextval('orders_id_seq')").getSingleResult())
            .longValue();
    Slot slot = order.slot();
    int keyFree =
        em.createNativeQuery(
                "insert into order_request (tenant_id, orderer, idempotency_key, request_hash,"
                    + " order_id, service_date, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
            .setParameter(1, tenant)
            .setParameter(2, orderer)
            .setParameter(3, idempotencyKey)
            .setParameter(4, fingerprint)
            .setParameter(5, id)
            .setParameter(6, slot.serviceDate())
            .setParameter(7, now)
            .executeUpdate();
    if (keyFree == 0) {
      throw new AlreadyPlaced();
    }
    checkLimit(order, orderer);
    SlotQuotas.Taken taken = quotas.take(slot, order.portions());
    if (!taken.complete()) {
      throw new PortionsShort(taken.shortOf());
    }
    Instant placedAt = now.truncatedTo(ChronoUnit.MICROS);
    OrderRecord placed =
        new OrderRecord(
            id,
            slot.serviceDate(),
            slot.siteId(),
            order.locationId(),
            slot.mealPeriod(),
            order.menuVersion(),
            orderer,
            placedAt,
            fencingToken,
            idempotencyKey);
    em.persist(placed);
    List<OrderLineRecord> lines =
        order.portions().entrySet().stream()
            .map(
                e ->
                    new OrderLineRecord(
                        id,
                        slot.serviceDate(),
                        e.getKey(),
                        order.names().get(e.getKey()),
                        e.getValue()))
            .toList();
    lines.forEach(em::persist);
    order.patientMeal().ifPresent(meal -> patientMeals.record(id, slot.serviceDate(), meal));
    PlacedOrder view = view(placed, order.request().site(), order.request().location(), lines);
    announce(NotificationKind.ORDER_CONFIRMED, slot.siteId(), view, now);
    taken
        .nearlyGone()
        .forEach(
            (dish, left) ->
                outbox.addOnce(
                    NotificationKind.PORTIONS_NEARLY_SOLD_OUT,
                    slot.siteId(),
                    Json.createObjectBuilder()
                        .add("site", order.request().site())
                        .add("serviceDate", slot.serviceDate().toString())
                        .add("mealPeriod", slot.mealPeriod())
                        .add("item", dish)
                        .add("name", order.names().get(dish))
                        .add("left", left)
                        .build(),
                    now,
                    "nearly-sold-out:"
                        + slot.siteId()
                        + ":"
                        + slot.serviceDate()
                        + ":"
                        + slot.mealPeriod()
                        + ":"
                        + dish));
    return view;
  }

  /**
   * Staff have the hospital's limit of orders per meal; a patient has one meal per meal, and their
   * bedside the hospital's limit of guest and carer meals.
   */
  private void checkLimit(CheckedOrder order, String orderer) {
    Slot slot = order.slot();
    if (order.patientMeal().isPresent()) {
      CheckedPatientMeal meal = order.patientMeal().get();
      // two nurses ordering for one patient hold different orderer locks: the patient's bed is
      // counted alone
      em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
          .setParameter(1, TenantScope.requiredTenant() + "/patient/" + meal.patientId())
          .getSingleResult();
      int limit = meal.mealFor() == MealFor.PATIENT ? 1 : order.ordersPerSlot();
      if (patientMeals.mealsOrdered(
              meal.patientId(), meal.mealFor(), slot.serviceDate(), slot.mealPeriod())
          >= limit) {
        throw OrderLimitReached.forPatient(limit, meal.mealFor() == MealFor.PATIENT);
      }
      return;
    }
    long ordersOfMeal =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from orders o where o.tenant_id = ?5"
                            + " and o.orderer = ?1"
                            + " and o.service_date = ?2 and o.meal_period = ?3 and o.site_id = ?4 and o.status <> 'CANCELLED'"
                            + " and not exists (select 1 from patient_meal pm where pm.order_id = o.id"
                            + " and pm.service_date = o.service_date)")
                    .setParameter(1, orderer)
                    .setParameter(2, slot.serviceDate())
                    .setParameter(3, slot.mealPeriod())
                    .setParameter(4, slot.siteId())
                    .setParameter(5, TenantScope.requiredTenant())
                    .getSingleResult())
            .longValue();
    if (ordersOfMeal >= order.ordersPerSlot()) {
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
    final transient Map<Long, Integer> remaining;

    PortionsShort(Map<Long, Integer> remaining) {
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
      String orderer, long orderId, Function<OrderRecord, OrderingWindow> windowOf, Instant now) {
    OrderRecord order =
        em.createQuery(
                "select o from OrderRecord o where o.id = :id and o.orderer = :orderer",
                OrderRecord.class)
            .setParameter("id", orderId)
            .setParameter("orderer", orderer)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new OrderNotFound(orderId));
    return cancelBeforeCutOff(order, windowOf.apply(order), now);
  }

  /**
   * Cancels a meal ordered for a patient, whoever of the ward ordered it: before the cut-off, or at
   * any time before it reaches the patient when its diet changed since (it is flagged).
   */
  @Transactional
  Cancelled cancelPatientMeal(
      long orderId, Function<OrderRecord, OrderingWindow> windowOf, String by, Instant now) {
    OrderRecord order =
        em.createQuery("select o from OrderRecord o where o.id = :id", OrderRecord.class)
            .setParameter("id", orderId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .filter(o -> !patientMeals.of(List.of(o.id())).isEmpty())
            .findFirst()
            .orElseThrow(() -> new OrderNotFound(orderId));
    boolean flagged = !flags.openFor(List.of(order.id())).isEmpty();
    OrderStatus status = OrderStatus.valueOf(order.status());
    if (!flagged) {
      return cancelBeforeCutOff(order, windowOf.apply(order), now);
    }
    if (status == OrderStatus.CANCELLED) {
      throw new OrderAlreadyCancelled(orderId);
    }
    if (status == OrderStatus.DELIVERED || status == OrderStatus.COLLECTED) {
      throw OrderingClosed.forOrderUnderWay(status);
    }
    flags.closeCancelled(order.id(), order.serviceDate(), by, now);
    return cancelled(order, now);
  }

  private Cancelled cancelBeforeCutOff(OrderRecord order, OrderingWindow window, Instant now) {
    if (order.status().equals(OrderStatus.CANCELLED.name())) {
      throw new OrderAlreadyCancelled(order.id());
    }
    if (!order.status().equals(OrderStatus.PLACED.name())) {
      throw OrderingClosed.forOrderUnderWay(OrderStatus.valueOf(order.status()));
    }
    if (!window.acceptsCancellationsAt(now)) {
      throw OrderingClosed.forCancellation(window);
    }
    return cancelled(order, now);
  }

  private Cancelled cancelled(OrderRecord order, Instant now) {
    order.cancel(now.truncatedTo(ChronoUnit.MICROS));
    List<OrderLineRecord> lines = linesOf(List.of(order.id())).getOrDefault(order.id(), List.of());
    Map<Long, Integer> portions =
        lines.stream()
            .collect(Collectors.toMap(OrderLineRecord::menuItemId, OrderLineRecord::quantity));
    Slot slot = new Slot(order.siteId(), order.serviceDate(), order.mealPeriod());
    quotas.putBack(slot, portions);
    PlacedOrder view = views(List.of(order)).get(0);
    announce(NotificationKind.ORDER_CANCELLED, order.siteId(), view, now);
    return new Cancelled(view, slot, portions);
  }

  record Cancelled(PlacedOrder order, Slot slot, Map<Long, Integer> portions) {}

  /**
   * @throws OrderNotFound unless the orderer has an order of that id
   */
  @Transactional
  public PlacedOrder find(String orderer, long orderId) {
    return em.createQuery(
            "select o from OrderRecord o where o.id = :id and o.orderer = :orderer",
            OrderRecord.class)
        .setParameter("id", orderId)
        .setParameter("orderer", orderer)
        .getResultStream()
        .findFirst()
        .map(order -> views(List.of(order)).get(0))
        .orElseThrow(() -> new OrderNotFound(orderId));
  }

  @Transactional
  PlacedOrder load(long orderId, LocalDate serviceDate) {
    return views(List.of(em.find(OrderRecord.class, new OrderRecord.Key(orderId, serviceDate))))
        .get(0);
  }

  /** The orderer's orders, newest first, a page at a time. */
  @Transactional
  public OrderPage ofOrderer(String orderer, String cursor, int limit) {
    return page(
        em.createQuery(
                "select o from OrderRecord o where o.orderer = :orderer"
                    + Cursor.condition(cursor)
                    + " order by o.placedAt desc, o.id desc",
                OrderRecord.class)
            .setParameter("orderer", orderer),
        cursor,
        limit);
  }

  /** The orders for one ward, department or pick-up point on one day, newest first. */
  @Transactional
  public OrderPage ofLocation(long locationId, LocalDate day, String cursor, int limit) {
    return page(
        em.createQuery(
                "select o from OrderRecord o where o.locationId = :location and o.serviceDate = :day"
                    + Cursor.condition(cursor)
                    + " order by o.placedAt desc, o.id desc",
                OrderRecord.class)
            .setParameter("location", locationId)
            .setParameter("day", day),
        cursor,
        limit);
  }

  private OrderPage page(TypedQuery<OrderRecord> query, String cursor, int limit) {
    Cursor.bind(query, cursor);
    List<OrderRecord> found = query.setMaxResults(limit + 1).getResultList();
    List<OrderRecord> shown = found.subList(0, Math.min(limit, found.size()));
    String next = found.size() > limit ? Cursor.after(shown.get(shown.size() - 1)) : null;
    return new OrderPage(views(shown), next);
  }

  private boolean fenceAccepts(long tenant, String orderer, long token) {
    return em.createNativeQuery(
                "insert into orderer_fence (tenant_id, orderer, token) values (?1, ?2, ?3)"
                    + " on conflict (tenant_id, orderer) do update set token = excluded.token"
                    + " where orderer_fence.token < excluded.token")
            .setParameter(1, tenant)
            .setParameter(2, orderer)
            .setParameter(3, token)
            .executeUpdate()
        == 1;
  }

  private void announce(NotificationKind kind, long siteId, PlacedOrder order, Instant now) {
    JsonArrayBuilder dishes = Json.createArrayBuilder();
    order
        .lines()
        .forEach(
            line ->
                dishes.add(
                    Json.createObjectBuilder()
                        .add("item", line.item())
                        .add("name", line.name())
                        .add("quantity", line.quantity())));
    outbox.add(
        kind,
        siteId,
        Json.createObjectBuilder()
            .add("orderId", order.id())
            .add("orderer", order.orderer())
            .add("site", order.site())
            .add("location", order.location())
            .add("serviceDate", order.serviceDate().toString())
            .add("mealPeriod", order.mealPeriod())
            .add("status", OrderStatus.valueOf(order.status()).word())
            .add("lines", dishes)
            .build(),
        now);
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
    List<OrderRecord> moving = movable(move, true);
    moving.forEach(order -> order.moveTo(move.to().name(), now));
    views(moving)
        .forEach(
            view ->
                announce(NotificationKind.ORDER_STATUS_CHANGED, move.slot().siteId(), view, now));
    return moving.size();
  }

  /** How many orders the move would move now, for the kitchen to confirm before it does. */
  @Transactional
  public int countMovable(KitchenMove move) {
    return movable(move, false).size();
  }

  private List<OrderRecord> movable(KitchenMove move, boolean toMove) {
    OrderStatus from =
        move.to()
            .comesAfter()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(move.to() + " is not a status the kitchen sets"));
    if (move.chosen().filter(Set::isEmpty).isPresent()) {
      return List.of();
    }
    TypedQuery<OrderRecord> query =
        em.createQuery(
                "select o from OrderRecord o where o.siteId = :site"
                    + " and o.serviceDate = :day and o.mealPeriod = :meal and o.status = :from"
                    + move.location().map(l -> " and o.locationId = :location").orElse("")
                    + move.chosen().map(c -> " and o.id in :chosen").orElse(""),
                OrderRecord.class)
            .setParameter("site", move.slot().siteId())
            .setParameter("day", move.slot().serviceDate())
            .setParameter("meal", move.slot().mealPeriod())
            .setParameter("from", from.name());
    if (toMove) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    move.location().ifPresent(location -> query.setParameter("location", location));
    move.chosen().ifPresent(chosen -> query.setParameter("chosen", chosen));
    List<OrderRecord> found = query.getResultList();
    var flagged = flags.openFor(found.stream().map(OrderRecord::id).toList()).keySet();
    return found.stream().filter(order -> !flagged.contains(order.id())).toList();
  }

  private List<PlacedOrder> views(List<OrderRecord> orders) {
    if (orders.isEmpty()) {
      return List.of();
    }
    Map<Long, List<OrderLineRecord>> lines = linesOf(orders.stream().map(OrderRecord::id).toList());
    Map<Long, String> sites =
        slugs("Site", orders.stream().map(OrderRecord::siteId).collect(Collectors.toSet()));
    Map<Long, String> locations =
        slugs(
            "SiteLocation",
            orders.stream().map(OrderRecord::locationId).collect(Collectors.toSet()));
    return orders.stream()
        .map(
            o ->
                view(
                    o,
                    sites.get(o.siteId()),
                    locations.get(o.locationId()),
                    lines.getOrDefault(o.id(), List.of())))
        .toList();
  }

  private static PlacedOrder view(
      OrderRecord o, String site, String location, List<OrderLineRecord> lines) {
    return new PlacedOrder(
        o.id(),
        site,
        location,
        o.serviceDate(),
        o.mealPeriod(),
        o.menuVersion(),
        o.orderer(),
        o.status(),
        o.placedAt(),
        o.cancelledAt(),
        o.statusChangedAt(),
        lines.stream()
            .map(l -> new PlacedOrder.Line(l.menuItemId(), l.itemName(), l.quantity()))
            .toList(),
        false);
  }

  private Map<Long, List<OrderLineRecord>> linesOf(Collection<Long> orderIds) {
    return em.createQuery(
            "select l from OrderLineRecord l where l.orderId in :ids order by l.itemName",
            OrderLineRecord.class)
        .setParameter("ids", orderIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                OrderLineRecord::orderId, HashMap::new, Collectors.toCollection(ArrayList::new)));
  }

  private Map<Long, String> slugs(String entity, Collection<Long> ids) {
    Map<Long, String> slugs = new HashMap<>();
    em.createQuery("select e.id, e.slug from " + entity + " e where e.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(row -> slugs.put((Long) row[0], (String) row[1]));
    return slugs;
  }

  /** Where a page ends: the last order's placing time and id, opaque to clients. */
  static final class Cursor {

    private Cursor() {}

    static String condition(String cursor) {
      return cursor == null ? "" : " and (o.placedAt < :at or (o.placedAt = :at and o.id < :id))";
    }

    static void bind(TypedQuery<?> query, String cursor) {
      if (cursor == null) {
        return;
      }
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("/");
        query.setParameter(
            "at", Instant.ofEpochSecond(0, 0).plus(Long.parseLong(parts[0]), ChronoUnit.MICROS));
        query.setParameter("id", Long.parseLong(parts[1]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new InvalidCursor();
      }
    }

    static String after(OrderRecord last) {
      long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.placedAt());
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((micros + "/" + last.id()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
