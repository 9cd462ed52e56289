package org.trayflow.tenancy;

import java.util.List;

/** What anyone allowed to see a tenant may know of it: its names, time zone and sites. */
public record TenantSummary(String slug, String name, String timeZone, List<SiteSummary> sites) {

  public TenantSummary {
    sites = List.copyOf(sites);
  }

  /** One site of the tenant. */
  public record SiteSummary(String slug, String name) {}
}
