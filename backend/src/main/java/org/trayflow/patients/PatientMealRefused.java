package org.trayflow.patients;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * A meal the patient must not be served: a dish that conflicts with their diet, allergies or
 * texture level, a nil-by-mouth hold, or no diet order to go on. Each conflict is named; nothing
 * was ordered.
 */
public class PatientMealRefused extends ExpectedFailure {

  private PatientMealRefused(String type, String message, List<Detail> details) {
    super(Kind.INVALID, type, message, details);
  }

  private PatientMealRefused(String type, String message, List<Detail> details, Wording wording) {
    super(Kind.INVALID, type, message, details, wording);
  }

  static PatientMealRefused unsafe(String patient, List<Detail> conflicts) {
    return new PatientMealRefused(
        "unsafe-meal",
        "Not safe for " + patient + "; nothing was ordered.",
        conflicts,
        Wording.of("unsafe-meal", patient));
  }

  static PatientMealRefused notCheckedByHand(
      String patient, String allergies, List<Detail> dishes) {
    return new PatientMealRefused(
        "not-checked-by-hand",
        patient
            + " has an allergy Trayflow cannot check ("
            + allergies
            + "): check each dish by hand against it and say so; nothing was ordered.",
        dishes);
  }

  static PatientMealRefused nilByMouth(String patient, String hold) {
    return new PatientMealRefused(
        "nil-by-mouth",
        patient + " is " + hold + "; no meal can be ordered.",
        List.of(new Detail("patient", hold)));
  }

  static PatientMealRefused noDietOrder(String patient, String why) {
    return new PatientMealRefused(
        "no-diet-order",
        patient
            + " has no diet order in force for this meal ("
            + why
            + "); ask for one before ordering.",
        List.of(new Detail("patient", why)));
  }

  static PatientMealRefused notHere(String detail) {
    return new PatientMealRefused(
        "patient-not-on-ward",
        detail + "; nothing was ordered.",
        List.of(new Detail("patient", detail)));
  }
}
