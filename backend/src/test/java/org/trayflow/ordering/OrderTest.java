package org.trayflow.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.trayflow.ids.OrderId;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.quotas.Slot;
import org.trayflow.tenantconfig.Slug;

/** What may still happen to an order: cancelled before the cut-off, moved on by the kitchen. */
class OrderTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  /** Lunch on 2 December in London: cancelling until 11:15, the cut-off. */
  private static final OrderingWindow LUNCH =
      OrderingWindow.of(OrderingWindowTest.LUNCH, DAY, ZoneId.of("Europe/London"));

  private static final Instant BEFORE_CUT_OFF = Instant.parse("2026-12-02T11:14:59Z");
  private static final Instant AT_CUT_OFF = Instant.parse("2026-12-02T11:15:00Z");

  private static Order placed() {
    return Order.placed(
        new OrderId(7),
        new Slot(1, DAY, new Slug("lunch")),
        3,
        2,
        "amara",
        Instant.parse("2026-12-01T09:00:00.123456789Z"));
  }

  @Test
  void a_placed_order_keeps_its_time_to_the_microsecond_as_postgresql_does() {
    assertThat(placed().placedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00.123456Z"));
    assertThat(placed().status()).isEqualTo(OrderStatus.PLACED);
  }

  @Test
  void an_order_is_cancelled_before_the_cut_off_and_keeps_what_was_ordered() {
    Order cancelled = placed().cancel(LUNCH, BEFORE_CUT_OFF);

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.cancelledAt()).isEqualTo(BEFORE_CUT_OFF);
    assertThat(cancelled.slot()).isEqualTo(placed().slot());
    assertThat(cancelled.placedAt()).isEqualTo(placed().placedAt());
  }

  @Test
  void cancelling_at_the_cut_off_is_refused_naming_it() {
    assertThat(placed().cancelRefusal(LUNCH, AT_CUT_OFF)).contains(CancelRefusal.CUT_OFF_PASSED);
    assertThatThrownBy(() -> placed().cancel(LUNCH, AT_CUT_OFF))
        .isInstanceOf(OrderingClosed.class)
        .hasMessageContaining("Wed 2 Dec 11:15 (Europe/London)");
  }

  @Test
  void an_order_is_cancelled_once() {
    Order cancelled = placed().cancel(LUNCH, BEFORE_CUT_OFF);

    assertThat(cancelled.cancelRefusal(LUNCH, BEFORE_CUT_OFF))
        .contains(CancelRefusal.ALREADY_CANCELLED);
    assertThatThrownBy(() -> cancelled.cancel(LUNCH, BEFORE_CUT_OFF))
        .isInstanceOf(OrderAlreadyCancelled.class);
  }

  @Test
  void an_order_the_kitchen_has_started_is_not_cancelled_even_before_the_cut_off() {
    Order started = placed().moveTo(OrderStatus.IN_PREPARATION, BEFORE_CUT_OFF);

    assertThat(started.statusChangedAt()).isEqualTo(BEFORE_CUT_OFF);
    assertThat(started.cancelRefusal(LUNCH, BEFORE_CUT_OFF)).contains(CancelRefusal.UNDER_WAY);
    assertThatThrownBy(() -> started.cancel(LUNCH, BEFORE_CUT_OFF))
        .isInstanceOf(OrderingClosed.class)
        .hasMessageContaining("in preparation");
  }

  @Test
  void a_flagged_patient_meal_is_cancelled_after_the_cut_off_until_it_reaches_the_patient() {
    Order ready =
        placed()
            .moveTo(OrderStatus.IN_PREPARATION, AT_CUT_OFF)
            .moveTo(OrderStatus.READY, AT_CUT_OFF);

    assertThat(ready.cancelFlagged(AT_CUT_OFF).status()).isEqualTo(OrderStatus.CANCELLED);
    Order delivered = ready.moveTo(OrderStatus.DELIVERED, AT_CUT_OFF);
    assertThatThrownBy(() -> delivered.cancelFlagged(AT_CUT_OFF))
        .isInstanceOf(ExpectedFailure.class)
        .hasMessageContaining("delivered");
  }

  @Test
  void the_kitchen_moves_an_order_one_step_at_a_time() {
    assertThatThrownBy(() -> placed().moveTo(OrderStatus.READY, AT_CUT_OFF))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                placed()
                    .cancel(LUNCH, BEFORE_CUT_OFF)
                    .moveTo(OrderStatus.IN_PREPARATION, AT_CUT_OFF))
        .isInstanceOf(IllegalStateException.class);
  }
}
