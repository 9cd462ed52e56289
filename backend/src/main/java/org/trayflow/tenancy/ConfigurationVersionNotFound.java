package org.trayflow.tenancy;

import org.trayflow.platform.ExpectedFailure;

/** The tenant's configuration history has no such version. */
public class ConfigurationVersionNotFound extends ExpectedFailure {

  ConfigurationVersionNotFound(int version) {
    super(
        Kind.NOT_FOUND,
        "configuration-version-not-found",
        "There is no version " + version + " of this configuration.");
  }
}
