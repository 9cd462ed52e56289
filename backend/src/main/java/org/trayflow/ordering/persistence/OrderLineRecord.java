package org.trayflow.ordering.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.trayflow.ordering.Order;
import org.trayflow.ordering.PlacedOrder;

/** One dish of an order, with its name as it was on the menu ordered from. */
@Entity
@Table(name = "order_line")
@IdClass(OrderLineRecord.Key.class)
class OrderLineRecord {

  @Id
  @Column(name = "order_id")
  private Long orderId;

  @Id
  @Column(name = "service_date")
  private LocalDate serviceDate;

  @Id
  @Column(name = "menu_item_id")
  private Long menuItemId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  @Column(name = "item_name", nullable = false, updatable = false)
  private String itemName;

  @Column(nullable = false, updatable = false)
  private int quantity;

  protected OrderLineRecord() {}

  static OrderLineRecord of(Order order, PlacedOrder.Line line) {
    OrderLineRecord record = new OrderLineRecord();
    record.orderId = order.id().value();
    record.serviceDate = order.serviceDate();
    record.menuItemId = line.item();
    record.itemName = line.name();
    record.quantity = line.quantity();
    return record;
  }

  long orderId() {
    return orderId;
  }

  PlacedOrder.Line toLine() {
    return new PlacedOrder.Line(menuItemId, itemName, quantity);
  }

  /** The composite key: order, its service day (the partition), and dish. */
  static class Key implements Serializable {

    private Long orderId;
    private LocalDate serviceDate;
    private Long menuItemId;

    protected Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(orderId, key.orderId)
          && Objects.equals(serviceDate, key.serviceDate)
          && Objects.equals(menuItemId, key.menuItemId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, serviceDate, menuItemId);
    }
  }
}
