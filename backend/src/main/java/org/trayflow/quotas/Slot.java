package org.trayflow.quotas;

import java.time.LocalDate;
import java.util.Objects;
import org.trayflow.tenantconfig.Slug;

/**
 * One meal at one site on one day: what portions are counted against.
 *
 * @param mealPeriod the meal's id in the hospital's configuration ({@code lunch})
 */
public record Slot(long siteId, LocalDate serviceDate, Slug mealPeriod) {

  public Slot {
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(mealPeriod, "mealPeriod");
  }

  /** The slot's part of a Redis key; the tenant is added by the caller. */
  String keyPart() {
    return siteId + ":" + serviceDate + ":" + mealPeriod.value();
  }
}
