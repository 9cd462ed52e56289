package org.trayflow.tenantconfig;

/** Where meals go within a site: a ward, a department, or a pick-up point for staff. */
public record Location(Slug slug, String name, Kind kind) {

  /** The sorts of location. */
  public enum Kind implements ConfigurationWord {
    WARD,
    DEPARTMENT,
    PICK_UP_POINT
  }
}
