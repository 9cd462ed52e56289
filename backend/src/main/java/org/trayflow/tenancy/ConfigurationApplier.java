package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trayflow.tenancy.persistence.ConfigurationRecords;
import org.trayflow.tenancy.persistence.ConfigurationVersion;
import org.trayflow.tenancy.persistence.Site;
import org.trayflow.tenancy.persistence.SiteLocation;
import org.trayflow.tenancy.persistence.Tenant;
import org.trayflow.tenantconfig.Location;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.tenantconfig.TenantConfigurationWriter;

/**
 * Makes a configuration the tenant's current one: a new numbered version, and the sites and
 * locations it names. Sites and locations it no longer names stay (orders refer to them) but become
 * inactive. Runs inside the caller's transaction and scope (platform registration or the tenant's
 * own import).
 */
@ApplicationScoped
class ConfigurationApplier {

  @Inject ConfigurationRecords records;
  @Inject Clock clock;

  /**
   * @return the new version number
   */
  int apply(Tenant tenant, TenantConfiguration configuration, String changedBy, String summary) {
    tenant.describe(
        configuration.name(),
        configuration.timeZone().getId(),
        configuration.locale().toLanguageTag());
    int version = latestVersion(tenant.id()).map(v -> v.version() + 1).orElse(1);
    records.add(
        ConfigurationVersion.create(
            tenant.id(), version, canonical(configuration), changedBy, clock.instant(), summary));
    Map<String, Site> sites = new HashMap<>();
    records.sitesOf(tenant.id()).forEach(site -> sites.put(site.slug(), site));
    sites.values().forEach(site -> site.describe(site.name(), false));
    for (SiteConfiguration wanted : configuration.sites()) {
      Site site = sites.computeIfAbsent(wanted.slug().value(), slug -> newSite(tenant, slug));
      site.describe(wanted.name(), true);
      applyLocations(tenant.id(), site, wanted.locations());
    }
    return version;
  }

  Optional<ConfigurationVersion> latestVersion(long tenantId) {
    return records.latestVersion(tenantId);
  }

  static String canonical(TenantConfiguration configuration) {
    StringWriter document = new StringWriter();
    new TenantConfigurationWriter().write(configuration, document);
    return document.toString();
  }

  private Site newSite(Tenant tenant, String slug) {
    Site site = Site.create(tenant, slug, slug);
    records.add(site);
    return site;
  }

  private void applyLocations(long tenantId, Site site, List<Location> wanted) {
    Map<String, SiteLocation> existing = new HashMap<>();
    records.locationsOf(site.id()).forEach(location -> existing.put(location.slug(), location));
    existing
        .values()
        .forEach(location -> location.describe(location.name(), location.kind(), false));
    for (Location location : wanted) {
      SiteLocation stored =
          existing.computeIfAbsent(
              location.slug().value(),
              slug -> {
                SiteLocation created =
                    SiteLocation.create(
                        tenantId, site.id(), slug, location.name(), location.kind().word());
                records.add(created);
                return created;
              });
      stored.describe(location.name(), location.kind().word(), true);
    }
  }
}
