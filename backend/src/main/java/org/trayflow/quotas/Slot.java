package org.trayflow.quotas;

import java.time.LocalDate;
import java.util.Objects;

/** One meal at one site on one day: what portions are counted against. */
public record Slot(long siteId, LocalDate serviceDate, String mealPeriod) {

  public Slot {
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(mealPeriod, "mealPeriod");
  }

  /** The slot's part of a Redis key; the tenant is added by the caller. */
  String keyPart() {
    return siteId + ":" + serviceDate + ":" + mealPeriod;
  }
}
