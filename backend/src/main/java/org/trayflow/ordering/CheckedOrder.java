package org.trayflow.ordering;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.ConfigurationInForce;

/**
 * An order that passed the rules: every name resolved to what it stands for, on the configuration
 * and menu versions it was checked against.
 *
 * @param decidedOn the configuration the rules read, which the order's transaction confirms
 * @param names each dish's name on that menu version
 * @param cost what the dishes cost on that menu version, each price times its portions
 * @param ordersPerSlot the hospital's limit of orders per orderer and meal
 * @param patientMeal for a patient's bed, what the patient guard found; empty for staff's own
 *     orders
 */
record CheckedOrder(
    ConfigurationInForce decidedOn,
    OrderRequest request,
    Slot slot,
    long locationId,
    int menuVersion,
    Portions portions,
    Map<Long, String> names,
    BigDecimal cost,
    int ordersPerSlot,
    OrderingWindow window,
    Optional<CheckedPatientMeal> patientMeal) {}
