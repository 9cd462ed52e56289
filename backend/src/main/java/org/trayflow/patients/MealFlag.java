package org.trayflow.patients;

import java.time.Instant;
import java.time.LocalDate;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;

/**
 * A patient's ordered meal whose diet or allergies changed after it was ordered, re-checked against
 * the new diet.
 *
 * @param stillSafe whether every dish passes the diet now in force at the meal
 * @param conflicts why not, when it does not
 */
public record MealFlag(
    long id,
    OrderId orderId,
    LocalDate serviceDate,
    String mealPeriod,
    PatientId patientId,
    Instant raisedAt,
    String reason,
    boolean stillSafe,
    String conflicts) {}
