package org.trayflow.tenancy;

import java.util.Map;
import java.util.Optional;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * One version of a hospital's configuration, read and parsed once per instance, with the ids of the
 * sites and locations it made active (only a new version changes those). Never changed: a newer
 * version is a new value.
 *
 * @param stamp the version's row id, which no other version ever gets, not even one whose import
 *     rolled back: what {@link TenantConfigurations#confirm} compares
 * @param locationIds the active locations' ids by site id, then slug
 */
public record ConfigurationInForce(
    long stamp,
    int version,
    TenantConfiguration configuration,
    Map<String, Long> siteIds,
    Map<Long, Map<String, Long>> locationIds) {

  public ConfigurationInForce {
    siteIds = Map.copyOf(siteIds);
    locationIds = Map.copyOf(locationIds);
  }

  /** The internal id of an active site. */
  public Optional<Long> siteId(String slug) {
    return Optional.ofNullable(siteIds.get(slug));
  }

  /** The internal id of an active ward, department or pick-up point of the site. */
  public Optional<Long> locationId(long siteId, String slug) {
    return Optional.ofNullable(locationIds.getOrDefault(siteId, Map.of()).get(slug));
  }
}
