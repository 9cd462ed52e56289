package org.trayflow.identity;

/** What a person may do in Trayflow. Hospital roles belong to one tenant; OPS and PLATFORM_ADMIN to none. */
public enum Role {
  /** Orders meals for themselves. */
  STAFF,
  /** Orders meals for the patients of their ward. */
  WARD_STAFF,
  /** Plans and publishes menus; sees what to cook. */
  KITCHEN_MANAGER,
  /** Configures their hospital organisation: sites, people, meal periods, rules. */
  TENANT_ADMIN,
  /** Watches the lunch rush across tenants. */
  OPS,
  /** Registers and configures tenants. */
  PLATFORM_ADMIN;

  public boolean isPlatformRole() {
    return this == OPS || this == PLATFORM_ADMIN;
  }
}
