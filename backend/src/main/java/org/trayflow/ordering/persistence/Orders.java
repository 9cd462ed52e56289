package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.KitchenMove;
import org.trayflow.ordering.Order;
import org.trayflow.ordering.OrderCursor;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.ordering.PlacedOrder;
import org.trayflow.quotas.Slot;

/**
 * The orders and their lines in PostgreSQL, as {@link Order}s: the only place that maps their rows.
 * Callers hold the transaction; the tenant is Hibernate's (the entities' tenant id).
 */
@ApplicationScoped
public class Orders {

  @Inject EntityManager em;

  /** A new order: written with the lock token and Idempotency-Key it was placed under. */
  public void add(
      Order order, List<PlacedOrder.Line> lines, Long fencingToken, String idempotencyKey) {
    em.persist(OrderRecord.of(order, fencingToken, idempotencyKey));
    lines.forEach(line -> em.persist(OrderLineRecord.of(order, line)));
  }

  /** Writes what may change of an order: its status and when it changed. */
  public void update(Order order) {
    find(order.id(), order.serviceDate()).take(order);
  }

  public Order load(OrderId id, LocalDate serviceDate) {
    return find(id, serviceDate).toOrder();
  }

  /** The order of that id, if the orderer placed it. */
  public Optional<Order> ofOrderer(String orderer, OrderId id, boolean toChange) {
    return withLock(
            em.createQuery(
                    "select o from OrderRecord o where o.id = :id and o.orderer = :orderer",
                    OrderRecord.class)
                .setParameter("id", id.value())
                .setParameter("orderer", orderer),
            toChange)
        .getResultStream()
        .findFirst()
        .map(OrderRecord::toOrder);
  }

  /** The order of that id, locked to be changed. */
  public Optional<Order> toChange(OrderId id) {
    return em.createQuery("select o from OrderRecord o where o.id = :id", OrderRecord.class)
        .setParameter("id", id.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .map(OrderRecord::toOrder);
  }

  /** These orders, in no particular order; ids that are no order of the tenant are left out. */
  public List<Order> byIds(Collection<OrderId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select o from OrderRecord o where o.id in :ids", OrderRecord.class)
        .setParameter("ids", numbers(ids))
        .getResultStream()
        .map(OrderRecord::toOrder)
        .toList();
  }

  /** The orderer's orders, newest first, after the cursor; one more than the limit if there is. */
  public List<Order> ofOrderer(String orderer, Optional<OrderCursor> after, int limit) {
    return page(
        em.createQuery(
                "select o from OrderRecord o where o.orderer = :orderer"
                    + after.map(c -> AFTER_CURSOR).orElse("")
                    + NEWEST_FIRST,
                OrderRecord.class)
            .setParameter("orderer", orderer),
        after,
        limit);
  }

  /** One location's orders for one day, newest first, after the cursor; one more if there is. */
  public List<Order> ofLocation(
      long locationId, LocalDate day, Optional<OrderCursor> after, int limit) {
    return page(
        em.createQuery(
                "select o from OrderRecord o where o.locationId = :location"
                    + " and o.serviceDate = :day"
                    + after.map(c -> AFTER_CURSOR).orElse("")
                    + NEWEST_FIRST,
                OrderRecord.class)
            .setParameter("location", locationId)
            .setParameter("day", day),
        after,
        limit);
  }

  /**
   * One row comparison, which the index (…, placed_at desc, id desc) starts at: written as
   * "earlier, or as early with a lower id", PostgreSQL reads and skips every newer row, so that a
   * page cost grows with its depth.
   */
  private static final String AFTER_CURSOR = " and (o.placedAt, o.id) < (:at, :id)";

  private static final String NEWEST_FIRST = " order by o.placedAt desc, o.id desc";

  private List<Order> page(TypedQuery<OrderRecord> query, Optional<OrderCursor> after, int limit) {
    after.ifPresent(
        cursor -> query.setParameter("at", cursor.placedAt()).setParameter("id", cursor.id()));
    return readOnly(query)
        .setMaxResults(limit + 1)
        .getResultStream()
        .map(OrderRecord::toOrder)
        .toList();
  }

  /**
   * Rows read to be shown, never changed: Hibernate keeps no copy of them to compare at flush,
   * which on a page of 50 orders and their lines was a visible part of the request's CPU.
   */
  private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
    return query.setHint(HibernateHints.HINT_READ_ONLY, true);
  }

  /** The meal's orders the kitchen's move would take from {@code from}, locked when moving. */
  public List<Order> atStatus(KitchenMove move, OrderStatus from, boolean toChange) {
    TypedQuery<OrderRecord> query =
        em.createQuery(
                "select o from OrderRecord o where o.siteId = :site"
                    + " and o.serviceDate = :day and o.mealPeriod = :meal and o.status = :from"
                    + move.location().map(l -> " and o.locationId = :location").orElse("")
                    + move.chosen().map(c -> " and o.id in :chosen").orElse(""),
                OrderRecord.class)
            .setParameter("site", move.slot().siteId())
            .setParameter("day", move.slot().serviceDate())
            .setParameter("meal", move.slot().mealPeriod().value())
            .setParameter("from", from);
    move.location().ifPresent(location -> query.setParameter("location", location));
    move.chosen().ifPresent(chosen -> query.setParameter("chosen", numbers(chosen)));
    return withLock(query, toChange).getResultStream().map(OrderRecord::toOrder).toList();
  }

  /** Each order's lines, by dish name. */
  public Map<OrderId, List<PlacedOrder.Line>> linesOf(Collection<OrderId> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    return readOnly(
            em.createQuery(
                "select l from OrderLineRecord l where l.orderId in :ids order by l.itemName",
                OrderLineRecord.class))
        .setParameter("ids", numbers(orderIds))
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                line -> new OrderId(line.orderId()),
                HashMap::new,
                Collectors.mapping(
                    OrderLineRecord::toLine, Collectors.toCollection(ArrayList::new))));
  }

  /** The ids of the orderer's orders of the meal not cancelled, for them or at a patient's bed. */
  public List<OrderId> notCancelledOf(String orderer, Slot slot) {
    return em.createQuery(
            "select o.id from OrderRecord o where o.orderer = :orderer and o.serviceDate = :day"
                + " and o.mealPeriod = :meal and o.siteId = :site and o.status <> :cancelled",
            Long.class)
        .setParameter("orderer", orderer)
        .setParameter("day", slot.serviceDate())
        .setParameter("meal", slot.mealPeriod().value())
        .setParameter("site", slot.siteId())
        .setParameter("cancelled", OrderStatus.CANCELLED)
        .getResultStream()
        .map(OrderId::new)
        .toList();
  }

  private OrderRecord find(OrderId id, LocalDate serviceDate) {
    return em.find(OrderRecord.class, new OrderRecord.Key(id.value(), serviceDate));
  }

  private static List<Long> numbers(Collection<OrderId> ids) {
    return ids.stream().map(OrderId::value).toList();
  }

  private static <T> TypedQuery<T> withLock(TypedQuery<T> query, boolean toChange) {
    return toChange ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query;
  }
}
