package org.trayflow.patients.intake;

/**
 * A message that is readable but cannot be applied as it is (an unknown diet code, no patient
 * identifier).
 */
class RecordProblem extends RuntimeException {

  RecordProblem(String reason) {
    super(reason, null, false, false);
  }
}
