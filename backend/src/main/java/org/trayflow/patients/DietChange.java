package org.trayflow.patients;

import org.trayflow.ids.PatientId;

/**
 * What a diet order, hold, release or allergy list did.
 *
 * @param changed false when it repeated what was already recorded
 * @param flaggedMeals the patient's ordered meals flagged for the ward and the kitchen to check
 */
public record DietChange(PatientId patientId, boolean changed, int flaggedMeals) {}
