package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trayflow.tenancy.persistence.ConfigurationRecords;
import org.trayflow.tenancy.persistence.ConfigurationVersion;
import org.trayflow.tenancy.persistence.SiteLocation;

/**
 * Each hospital's configuration in force as this instance last read it. A version never changes, so
 * it is read from PostgreSQL and parsed once per instance and version; whether it is still the
 * newest is asked of PostgreSQL (one indexed read of an id), never assumed: by {@link #now} for
 * whoever shows it, and by {@link #confirm} inside the transaction of whoever acts on it.
 */
@ApplicationScoped
class ConfigurationsInForce {

  private final Map<Long, ConfigurationInForce> known = new ConcurrentHashMap<>();

  @Inject ConfigurationRecords records;

  Optional<ConfigurationInForce> lastRead(long tenantId) {
    return Optional.ofNullable(known.get(tenantId));
  }

  @Transactional
  Optional<ConfigurationInForce> now(long tenantId) {
    return records
        .newestVersionStamp(tenantId)
        .map(
            stamp -> {
              ConfigurationInForce last = known.get(tenantId);
              if (last != null && last.stamp() == stamp) {
                return last;
              }
              ConfigurationInForce read = read(tenantId, records.versionStamped(stamp));
              known.put(tenantId, read);
              return read;
            });
  }

  /**
   * @throws ConfigurationChanged when a newer version was committed since {@code used} was read
   */
  @Transactional
  void confirm(long tenantId, ConfigurationInForce used) {
    if (!records.newestVersionStamp(tenantId).equals(Optional.of(used.stamp()))) {
      known.remove(tenantId, used);
      throw new ConfigurationChanged();
    }
  }

  private ConfigurationInForce read(long tenantId, ConfigurationVersion version) {
    Map<String, Long> siteIds = new HashMap<>();
    records.sitesOf(tenantId).stream()
        .filter(site -> site.active())
        .forEach(site -> siteIds.put(site.slug(), site.id()));
    Map<Long, Map<String, Long>> locationIds = new HashMap<>();
    for (SiteLocation location : records.activeLocationsOf(tenantId)) {
      locationIds
          .computeIfAbsent(location.siteId(), site -> new HashMap<>())
          .put(location.slug(), location.id());
    }
    locationIds.replaceAll((site, bySlug) -> Map.copyOf(bySlug));
    return new ConfigurationInForce(
        version.id(),
        version.version(),
        TenantConfigurations.read(version.document()),
        siteIds,
        locationIds);
  }
}
