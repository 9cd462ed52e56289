package org.trayflow.tenancy;

import java.util.List;

/**
 * Fired at start-up once the demo hospitals exist, so that other features can add their demo data.
 */
public record DemoTenantsReady(List<DemoTenant> tenants) {

  /** A demo hospital organisation, by its internal id and its slug. */
  public record DemoTenant(long id, String slug) {}
}
