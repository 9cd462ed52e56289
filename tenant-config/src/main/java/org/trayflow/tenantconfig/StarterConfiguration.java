package org.trayflow.tenantconfig;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The configuration a hospital registered by the platform's short form starts with: its names, time
 * zone, locale and first site, and otherwise what most hospitals begin with (starter.yaml), for its
 * administrators to change.
 */
public final class StarterConfiguration {

  private static final String FILE = "/org/trayflow/tenantconfig/starter.yaml";

  private StarterConfiguration() {}

  /**
   * @param site the first site, with one pick-up point, the staff restaurant
   */
  public static TenantConfiguration of(
      Slug slug, String name, ZoneId timeZone, Locale locale, Slug site, String siteName) {
    TenantConfiguration starter = starter();
    SiteConfiguration firstSite = starter.sites().get(0);
    return new TenantConfiguration(
        slug,
        name,
        timeZone,
        locale,
        starter.payment(),
        starter.dietTags(),
        starter.dietTaxonomy(),
        starter.allergenPolicy(),
        starter.courses(),
        starter.mealPeriods(),
        starter.orderingLimits(),
        starter.deferredDuringLunch(),
        List.of(
            new SiteConfiguration(site, siteName, firstSite.lunchWindow(), firstSite.locations())),
        starter.identityProvider(),
        starter.patients());
  }

  private static TenantConfiguration starter() {
    InputStream in = StarterConfiguration.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException(FILE + " is missing from the tenant-config jar");
    }
    return new TenantConfigurationReader()
        .read("starter.yaml", new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
