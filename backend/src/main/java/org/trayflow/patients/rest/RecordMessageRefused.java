package org.trayflow.patients.rest;

import java.util.List;
import org.trayflow.patients.intake.Acknowledgement;
import org.trayflow.platform.ExpectedFailure;

/**
 * A FHIR resource from the record that was kept but not applied: AE (understood, not applicable) or
 * AR.
 */
class RecordMessageRefused extends ExpectedFailure {

  RecordMessageRefused(Acknowledgement acknowledgement) {
    super(
        Kind.INVALID,
        acknowledgement.code().equals("AR") ? "record-message-rejected" : "record-message-error",
        "The resource was kept but not applied ("
            + acknowledgement.code()
            + "): "
            + acknowledgement.reason(),
        List.of(new Detail("acknowledgement", acknowledgement.code())));
  }
}
