package org.trayflow.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What anyone allowed to see a tenant may know of it: its names, time zone, locale (a BCP 47 tag)
 * and sites, and since when the platform has suspended it, if it has.
 */
public record TenantSummary(
    String slug,
    String name,
    String timeZone,
    String locale,
    List<SiteSummary> sites,
    Optional<Instant> suspendedSince) {

  public TenantSummary {
    sites = List.copyOf(sites);
  }

  /** One site of the tenant. */
  public record SiteSummary(String slug, String name) {}
}
