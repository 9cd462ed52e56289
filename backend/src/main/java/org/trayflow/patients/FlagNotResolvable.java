package org.trayflow.patients;

import org.trayflow.platform.ExpectedFailure;

/**
 * A flagged meal that cannot be marked as checked: it is unsafe under the new diet, or no longer
 * flagged.
 */
public class FlagNotResolvable extends ExpectedFailure {

  FlagNotResolvable(String message) {
    super(Kind.CONFLICT, "flag-not-resolvable", message);
  }
}
