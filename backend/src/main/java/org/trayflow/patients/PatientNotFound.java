package org.trayflow.patients;

import org.trayflow.platform.ExpectedFailure;

/**
 * No patient of the hospital has that id or MRN (another hospital's patients are not told apart).
 */
public class PatientNotFound extends ExpectedFailure {

  PatientNotFound(String which) {
    super(
        Kind.NOT_FOUND, "patient-not-found", "There is no patient " + which + " in this hospital.");
  }
}
