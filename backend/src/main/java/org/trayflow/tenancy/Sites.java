package org.trayflow.tenancy;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hospitals and campuses of the tenant in scope; never another tenant's. */
public interface Sites {

  /** The active wards, departments and pick-up points of each active site, by site slug. */
  Map<String, List<LocationSummary>> listLocations();

  /** The internal id of an active site, by which other features' rows refer to it. */
  Optional<Long> findSiteId(@NotNull String slug);

  /** The internal id of an active ward, department or pick-up point of the site. */
  Optional<Long> findLocationId(long siteId, @NotNull String slug);

  /** Every site's slug by its id, inactive ones included, for features that keep site ids. */
  Map<Long, String> slugsById();

  /** The slugs of these sites, inactive ones included, by id. */
  Map<Long, String> siteSlugs(@NotNull Collection<Long> ids);

  /** The slugs of these wards, departments and pick-up points, inactive ones included, by id. */
  Map<Long, String> locationSlugs(@NotNull Collection<Long> ids);

  /** The names of these wards, departments and pick-up points, as on their doors, by id. */
  Map<Long, String> locationNames(@NotNull Collection<Long> ids);

  /** The active sites, by slug. */
  List<TenantSummary.SiteSummary> listSites();
}
