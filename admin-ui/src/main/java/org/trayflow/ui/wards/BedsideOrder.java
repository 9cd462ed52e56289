package org.trayflow.ui.wards;

import java.time.LocalDate;
import org.trayflow.ordering.Orderer;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.Patient;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * One meal to order at a bed: by whom, for whom, where and when.
 *
 * @param lateTray ordering has closed and this is a patient's late tray, which needs a reason
 */
record BedsideOrder(
    TenantConfiguration hospital,
    Orderer orderer,
    Patient patient,
    String site,
    String ward,
    LocalDate day,
    MealPeriod meal,
    MealFor mealFor,
    boolean lateTray) {}
