package org.trayflow.ordering.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * A placed order, in the {@code orders} table partitioned by service date (so the day is part of
 * its key). Never changed but for its cancellation: what was ordered stays history.
 */
@Entity
@Table(name = "orders")
@IdClass(OrderRecord.Key.class)
public class OrderRecord {

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

  @Column(nullable = false)
  private String status;

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

  public OrderRecord(
      long id,
      LocalDate serviceDate,
      long siteId,
      long locationId,
      String mealPeriod,
      int menuVersion,
      String orderer,
      Instant placedAt,
      Long fencingToken,
      String idempotencyKey) {
    this.id = id;
    this.serviceDate = serviceDate;
    this.siteId = siteId;
    this.locationId = locationId;
    this.mealPeriod = mealPeriod;
    this.menuVersion = menuVersion;
    this.orderer = orderer;
    this.status = "PLACED";
    this.placedAt = placedAt;
    this.fencingToken = fencingToken;
    this.idempotencyKey = idempotencyKey;
  }

  /** The kitchen's statuses, in order; never to or from CANCELLED (see {@link #cancel}). */
  public void moveTo(String kitchenStatus, Instant at) {
    status = kitchenStatus;
    statusChangedAt = at;
  }

  public void cancel(Instant at) {
    status = "CANCELLED";
    cancelledAt = at;
  }

  public long id() {
    return id;
  }

  public LocalDate serviceDate() {
    return serviceDate;
  }

  public long siteId() {
    return siteId;
  }

  public long locationId() {
    return locationId;
  }

  public String mealPeriod() {
    return mealPeriod;
  }

  public int menuVersion() {
    return menuVersion;
  }

  public String orderer() {
    return orderer;
  }

  public String status() {
    return status;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  /** The composite key: an order's id and the day it is served (the partition it lives in). */
  public static class Key implements Serializable {

    private Long id;
    private LocalDate serviceDate;

    protected Key() {}

    public Key(long id, LocalDate serviceDate) {
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
