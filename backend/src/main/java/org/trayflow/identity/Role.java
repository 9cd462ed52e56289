package org.trayflow.identity;

/**
 * What a person may do in Trayflow. Hospital roles belong to one tenant; OPS and PLATFORM_ADMIN to
 * none.
 */
public enum Role {
  /** Orders meals for themselves. */
  STAFF,
  /** Orders meals for the patients of their ward. */
  WARD_STAFF,
  /** Enters and changes patients' diet orders by hand (when the record cannot send them). */
  DIETITIAN,
  /** Plans and publishes menus; sees what to cook. */
  KITCHEN_MANAGER,
  /** Configures their hospital organisation: sites, people, meal periods, rules. */
  TENANT_ADMIN,
  /**
   * The hospital's health record (an API client): sends admissions, transfers, discharges and diet
   * orders.
   */
  RECORD_SYSTEM,
  /** Watches the lunch rush across tenants. */
  OPS,
  /** Registers and configures tenants. */
  PLATFORM_ADMIN;

  /** The role as the people who hold it say it, for every screen that shows one. */
  public String inWords() {
    return switch (this) {
      case STAFF -> "Staff";
      case WARD_STAFF -> "Ward staff";
      case DIETITIAN -> "Dietitian";
      case KITCHEN_MANAGER -> "Kitchen manager";
      case TENANT_ADMIN -> "Hospital administrator";
      case RECORD_SYSTEM -> "Health record system";
      case OPS -> "Operations";
      case PLATFORM_ADMIN -> "Platform administrator";
    };
  }

  public boolean isPlatformRole() {
    return this == OPS || this == PLATFORM_ADMIN;
  }

  /**
   * A role a hospital's administrators give its people (not its record system's, not the
   * platform's).
   */
  public boolean isHospitalRole() {
    return !isPlatformRole() && this != RECORD_SYSTEM;
  }
}
