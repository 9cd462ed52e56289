package org.trayflow.tenancy.persistence;

/** One hospital or campus of a tenant. */
public interface Site {

  static Site create(Tenant tenant, String slug, String name) {
    return new SiteRow(tenant, slug, name);
  }

  Long id();

  void describe(String newName, boolean isActive);

  boolean active();

  String slug();

  String name();
}
