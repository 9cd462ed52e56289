package org.trayflow.tenancy;

import java.util.ArrayList;
import java.util.List;
import org.trayflow.tenantconfig.Location;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What a new configuration takes away that the one in force has: locations (of sites kept or
 * dropped) and meal periods. Other features say which of them are in use ({@link RemovalCheck}).
 */
public record ConfigurationRemovals(List<RemovedLocation> locations, List<MealPeriod> mealPeriods) {

  /** A ward, department or pick-up point the new file no longer names. */
  public record RemovedLocation(String site, Location location) {}

  public ConfigurationRemovals {
    locations = List.copyOf(locations);
    mealPeriods = List.copyOf(mealPeriods);
  }

  static ConfigurationRemovals between(TenantConfiguration inForce, TenantConfiguration wanted) {
    List<RemovedLocation> locations = new ArrayList<>();
    for (SiteConfiguration site : inForce.sites()) {
      List<Location> kept =
          wanted.site(site.slug().value()).map(SiteConfiguration::locations).orElse(List.of());
      site.locations().stream()
          .filter(location -> kept.stream().noneMatch(k -> k.slug().equals(location.slug())))
          .forEach(location -> locations.add(new RemovedLocation(site.slug().value(), location)));
    }
    List<MealPeriod> meals =
        inForce.mealPeriods().stream()
            .filter(meal -> wanted.mealPeriod(meal.id().value()).isEmpty())
            .toList();
    return new ConfigurationRemovals(locations, meals);
  }
}
