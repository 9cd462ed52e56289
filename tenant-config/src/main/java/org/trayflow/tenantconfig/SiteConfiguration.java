package org.trayflow.tenantconfig;

import java.util.List;

/**
 * One hospital or campus of a tenant, where meals are cooked and delivered.
 *
 * @param lunchWindow the daily rush, when non-critical work (notifications, e-mail) is deferred
 */
public record SiteConfiguration(
    Slug slug, String name, TimeWindow lunchWindow, List<Location> locations) {

  public SiteConfiguration {
    locations = List.copyOf(locations);
  }
}
