package org.trayflow.tenancy;

/**
 * The configuration an action was decided on is no longer the one in force: a newer version was
 * committed meanwhile. The caller's transaction rolls back; deciding again on the new version is
 * always right.
 */
public class ConfigurationChanged extends RuntimeException {

  ConfigurationChanged() {
    super(null, null, false, false);
  }
}
