package org.trayflow.tenantconfig;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything a hospital organisation configures about itself, as read from its configuration file.
 * The time zone decides when ordering windows open and cut-offs fall.
 */
public record TenantConfiguration(Slug slug, String name, ZoneId timeZone, List<SiteConfiguration> sites) {

  public TenantConfiguration {
    sites = List.copyOf(sites);
  }
}
