package org.trayflow.ordering.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.Order;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.quotas.Slot;
import org.trayflow.tenantconfig.Slug;

/**
 * A placed order, in the {@code orders} table partitioned by service date (so the day is part of
 * its key). Never changed but for its cancellation: what was ordered stays history.
 */
@Entity
@Table(name = "orders")
@IdClass(OrderRecord.Key.class)
class OrderRecord {

  @Id private Long id;

  @Id
  @Column(name = "service_date")
  private LocalDate serviceDate;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "site_id", nullable = false, updatable = false)
  private long siteId;

  @Column(name = "location_id", nullable = false, updatable = false)
  private long locationId;

  @Column(name = "meal_period", nullable = false, updatable = false)
  private String mealPeriod;

  @Column(name = "menu_version", nullable = false, updatable = false)
  private int menuVersion;

  @Column(nullable = false, updatable = false)
  private String orderer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrderStatus status;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private Instant placedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "fencing_token", updatable = false)
  private Long fencingToken;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  protected OrderRecord() {}

  static OrderRecord of(Order order, Long fencingToken, String idempotencyKey) {
    OrderRecord record = new OrderRecord();
    record.id = order.id().value();
    record.serviceDate = order.serviceDate();
    record.siteId = order.slot().siteId();
    record.locationId = order.locationId();
    record.mealPeriod = order.mealPeriod().value();
    record.menuVersion = order.menuVersion();
    record.orderer = order.orderer();
    record.placedAt = order.placedAt();
    record.fencingToken = fencingToken;
    record.idempotencyKey = idempotencyKey;
    record.take(order);
    return record;
  }

  /** What may change of an order: its status, and when. */
  void take(Order order) {
    status = order.status();
    cancelledAt = order.cancelledAt();
    statusChangedAt = order.statusChangedAt();
  }

  Order toOrder() {
    return new Order(
        new OrderId(id),
        new Slot(siteId, serviceDate, new Slug(mealPeriod)),
        locationId,
        menuVersion,
        orderer,
        status,
        placedAt,
        cancelledAt,
        statusChangedAt);
  }

  /** The composite key: an order's id and the day it is served (the partition it lives in). */
  static class Key implements Serializable {

    private Long id;
    private LocalDate serviceDate;

    protected Key() {}

    Key(long id, LocalDate serviceDate) {
      this.id = id;
      this.serviceDate = serviceDate;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(id, key.id)
          && Objects.equals(serviceDate, key.serviceDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, serviceDate);
    }
  }
}
