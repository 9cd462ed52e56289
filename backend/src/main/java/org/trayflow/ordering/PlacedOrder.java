package org.trayflow.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trayflow.ids.OrderId;

/**
 * An order as its orderer and the ward see it.
 *
 * @param statusChangedAt when the kitchen last moved it on; null while it is as placed
 * @param replayed true when this answers a request seen before (same Idempotency-Key): nothing new
 *     was ordered
 */
public record PlacedOrder(
    OrderId id,
    String site,
    String location,
    LocalDate serviceDate,
    String mealPeriod,
    int menuVersion,
    String orderer,
    OrderStatus status,
    Instant placedAt,
    Instant cancelledAt,
    Instant statusChangedAt,
    List<Line> lines,
    boolean replayed) {

  public record Line(long item, String name, int quantity) {}

  static PlacedOrder of(Order order, String site, String location, List<Line> lines) {
    return new PlacedOrder(
        order.id(),
        site,
        location,
        order.serviceDate(),
        order.mealPeriod().value(),
        order.menuVersion(),
        order.orderer(),
        order.status(),
        order.placedAt(),
        order.cancelledAt(),
        order.statusChangedAt(),
        lines,
        false);
  }

  PlacedOrder asReplay() {
    return new PlacedOrder(
        id,
        site,
        location,
        serviceDate,
        mealPeriod,
        menuVersion,
        orderer,
        status,
        placedAt,
        cancelledAt,
        statusChangedAt,
        lines,
        true);
  }

  public boolean isPlaced() {
    return status == OrderStatus.PLACED;
  }
}
