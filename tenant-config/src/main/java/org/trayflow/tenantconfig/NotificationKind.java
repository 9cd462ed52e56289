package org.trayflow.tenantconfig;

/**
 * The messages Trayflow sends; a tenant chooses which of them wait until the lunch rush is over.
 */
public enum NotificationKind implements ConfigurationWord {
  ORDER_CONFIRMED,
  ORDER_CANCELLED,
  MENU_PUBLISHED,
  CUT_OFF_REMINDER,
  PORTIONS_NEARLY_SOLD_OUT,
  /** The kitchen moved an order on: in preparation, ready, delivered or collected. */
  ORDER_STATUS_CHANGED
}
