package org.trayflow.tenantconfig;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A moment fixed relative to the day a meal is served: "the day before at 14:00" is {@code
 * daysBefore = 1, at = 14:00}.
 */
public record OrderingMoment(int daysBefore, LocalTime at) implements Comparable<OrderingMoment> {

  public LocalDateTime on(LocalDate serviceDay) {
    return serviceDay.minusDays(daysBefore).atTime(at);
  }

  /** Earlier moments sort first. */
  @Override
  public int compareTo(OrderingMoment other) {
    LocalDate anyDay = LocalDate.of(2000, 1, 10);
    return on(anyDay).compareTo(other.on(anyDay));
  }

  public boolean isAfter(OrderingMoment other) {
    return compareTo(other) > 0;
  }
}
