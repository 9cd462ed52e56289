package org.trayflow.tenancy;

import java.util.List;

/**
 * A feature that uses what a configuration may remove says what would be left without it, before
 * the change is applied: orders at a location, menus published for a meal. Implemented where that
 * data lives, so that tenancy reads no other feature's tables.
 */
public interface RemovalCheck {

  /** Warnings for the administrator, in their words; none when nothing in use is removed. */
  List<String> warningsFor(ConfigurationRemovals removals);
}
