package org.trayflow.tenancy.persistence;

/** A ward, department or pick-up point of a site. */
public interface SiteLocation {

  static SiteLocation create(long tenantId, long siteId, String slug, String name, String kind) {
    return new SiteLocationRow(tenantId, siteId, slug, name, kind);
  }

  Long id();

  void describe(String newName, String newKind, boolean isActive);

  Long siteId();

  String slug();

  String name();

  String kind();
}
