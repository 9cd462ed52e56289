package org.trayflow.patients;

import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * The patient's diet changed between the checks and the write: the meal is checked again by trying
 * again.
 */
public class DietChangedDuringCheckout extends ExpectedFailure {

  DietChangedDuringCheckout() {
    super(
        Kind.CONFLICT,
        "diet-changed",
        "The patient's diet changed while this meal was being ordered; nothing was"
            + " ordered. Look at the menu again.",
        java.util.List.of(),
        Wording.of("diet-changed"));
  }
}
