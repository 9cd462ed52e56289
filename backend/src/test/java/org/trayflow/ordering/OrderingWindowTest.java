package org.trayflow.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.OrderingMoment;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TimeWindow;

/**
 * Cut-offs fall in the hospital's time zone, whatever the server's (UTC here), across
 * daylight-saving changes.
 */
class OrderingWindowTest {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  static final MealPeriod LUNCH =
      new MealPeriod(
          new Slug("lunch"),
          "Lunch",
          new TimeWindow(LocalTime.of(11, 30), LocalTime.of(14, 0)),
          new OrderingMoment(1, LocalTime.of(12, 0)),
          new OrderingMoment(0, LocalTime.of(11, 0)),
          new OrderingMoment(0, LocalTime.of(11, 15)),
          100);

  @Test
  void orders_close_at_eleven_auckland_time_which_is_the_evening_before_in_utc() {
    // 25 Nov 2026 in Auckland is daylight time (UTC+13): 11:00 there is 22:00 UTC on the 24th.
    OrderingWindow window = OrderingWindow.of(LUNCH, LocalDate.of(2026, 11, 25), AUCKLAND);

    assertThat(window.acceptsOrdersAt(Instant.parse("2026-11-24T21:59:59Z"))).isTrue();
    assertThat(window.acceptsOrdersAt(Instant.parse("2026-11-24T22:00:00Z"))).isFalse();
    assertThat(window.acceptsCancellationsAt(Instant.parse("2026-11-24T22:14:59Z"))).isTrue();
    assertThat(window.acceptsCancellationsAt(Instant.parse("2026-11-24T22:15:00Z"))).isFalse();
  }

  @Test
  void ordering_opens_at_noon_the_day_before_in_the_hospitals_zone() {
    OrderingWindow window = OrderingWindow.of(LUNCH, LocalDate.of(2026, 11, 25), AUCKLAND);

    assertThat(window.acceptsOrdersAt(Instant.parse("2026-11-23T22:59:59Z"))).isFalse();
    assertThat(window.acceptsOrdersAt(Instant.parse("2026-11-23T23:00:00Z"))).isTrue();
  }

  @Test
  void the_cut_off_moves_with_daylight_saving() {
    // Auckland leaves daylight time on 5 April 2026: on the 6th 11:00 is UTC+12, i.e. 23:00 UTC the
    // day before.
    OrderingWindow afterChange = OrderingWindow.of(LUNCH, LocalDate.of(2026, 4, 6), AUCKLAND);

    assertThat(afterChange.acceptsOrdersAt(Instant.parse("2026-04-05T22:30:00Z"))).isTrue();
    assertThat(afterChange.acceptsOrdersAt(Instant.parse("2026-04-05T23:00:00Z"))).isFalse();
  }

  @Test
  void the_message_names_the_hospitals_zone() {
    assertThat(OrderingWindow.of(LUNCH, LocalDate.of(2026, 11, 25), AUCKLAND).describe())
        .isEqualTo("from Tue 24 Nov 12:00 until Wed 25 Nov 11:00 (Pacific/Auckland)");
  }
}
