package org.trayflow.tenantconfig;

import java.time.LocalTime;

/** A stretch of the day in the tenant's time zone, such as a meal service or the lunch rush. */
public record TimeWindow(LocalTime from, LocalTime to) {

  public boolean contains(LocalTime moment) {
    return !moment.isBefore(from) && moment.isBefore(to);
  }

  public boolean overlaps(TimeWindow other) {
    return from.isBefore(other.to) && other.from.isBefore(to);
  }
}
