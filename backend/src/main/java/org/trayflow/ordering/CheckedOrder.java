package org.trayflow.ordering;

import java.util.Map;
import java.util.Optional;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.Slot;

/**
 * An order that passed the rules: every name resolved to what it stands for, on the menu version it
 * was checked against.
 *
 * @param names each dish's name on that menu version
 * @param ordersPerSlot the hospital's limit of orders per orderer and meal
 * @param patientMeal for a patient's bed, what the patient guard found; empty for staff's own
 *     orders
 */
record CheckedOrder(
    OrderRequest request,
    Slot slot,
    long locationId,
    int menuVersion,
    Portions portions,
    Map<Long, String> names,
    int ordersPerSlot,
    OrderingWindow window,
    Optional<CheckedPatientMeal> patientMeal) {}
