package org.trayflow.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.trayflow.ids.OrderId;
import org.trayflow.quotas.Slot;
import org.trayflow.tenantconfig.Slug;

/**
 * An order on its way from the checkout to the tray, with the rules of what may still happen to it.
 * What was ordered never changes; only its status moves on, or it is cancelled.
 *
 * @param cancelledAt when it was cancelled; null while it is not
 * @param statusChangedAt when the kitchen last moved it on; null while it is as placed
 */
public record Order(
    OrderId id,
    Slot slot,
    long locationId,
    int menuVersion,
    String orderer,
    OrderStatus status,
    Instant placedAt,
    Instant cancelledAt,
    Instant statusChangedAt) {

  /** A new order, as the checkout places it; times are kept to PostgreSQL's microseconds. */
  static Order placed(
      OrderId id, Slot slot, long locationId, int menuVersion, String orderer, Instant now) {
    return new Order(
        id, slot, locationId, menuVersion, orderer, OrderStatus.PLACED, micros(now), null, null);
  }

  public LocalDate serviceDate() {
    return slot.serviceDate();
  }

  public Slug mealPeriod() {
    return slot.mealPeriod();
  }

  /**
   * Why its orderer can no longer cancel it, empty while they can: placed, and before its meal's
   * cut-off.
   */
  public Optional<CancelRefusal> cancelRefusal(OrderingWindow window, Instant now) {
    return CancelRefusal.of(status, window.acceptsCancellationsAt(now));
  }

  /**
   * @throws OrderAlreadyCancelled or {@link OrderingClosed} when {@link #cancelRefusal} says why
   */
  Order cancel(OrderingWindow window, Instant now) {
    cancelRefusal(window, now)
        .ifPresent(
            refusal -> {
              throw switch (refusal) {
                case ALREADY_CANCELLED -> new OrderAlreadyCancelled(id);
                case UNDER_WAY -> OrderingClosed.forOrderUnderWay(status);
                case CUT_OFF_PASSED -> OrderingClosed.forCancellation(window);
                case MEAL_NO_LONGER_SERVED ->
                    OrderingClosed.forMealNoLongerServed(mealPeriod().value());
              };
            });
    return cancelledAt(now);
  }

  /**
   * A patient's meal whose diet changed after it was ordered (flagged) may be cancelled after the
   * cut-off too, as long as it has not reached the patient.
   */
  Order cancelFlagged(Instant now) {
    if (status == OrderStatus.CANCELLED) {
      throw new OrderAlreadyCancelled(id);
    }
    if (status == OrderStatus.DELIVERED || status == OrderStatus.COLLECTED) {
      throw OrderingClosed.forOrderUnderWay(status);
    }
    return cancelledAt(now);
  }

  /** The kitchen moves it on, from the status just before {@code to}. */
  Order moveTo(OrderStatus to, Instant now) {
    if (to.comesAfter().filter(status::equals).isEmpty()) {
      throw new IllegalStateException("order " + id + " is " + status + ", not before " + to);
    }
    return new Order(
        id, slot, locationId, menuVersion, orderer, to, placedAt, cancelledAt, micros(now));
  }

  private Order cancelledAt(Instant now) {
    return new Order(
        id,
        slot,
        locationId,
        menuVersion,
        orderer,
        OrderStatus.CANCELLED,
        placedAt,
        micros(now),
        statusChangedAt);
  }

  private static Instant micros(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }
}
