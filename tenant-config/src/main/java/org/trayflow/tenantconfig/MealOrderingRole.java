package org.trayflow.tenantconfig;

/**
 * A hospital role that a hospital may allow to order, change and cancel patients' meals besides the
 * roles that always may (ward staff and dietitians): a small hospital where the kitchen takes meal
 * orders by phone from the wards, say. Written as the role's word ({@code kitchen-manager}); named
 * like the roles people are given.
 */
public enum MealOrderingRole implements ConfigurationWord {
  STAFF,
  KITCHEN_MANAGER,
  TENANT_ADMIN
}
