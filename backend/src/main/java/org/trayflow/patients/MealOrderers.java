package org.trayflow.patients;

import java.util.Set;
import org.trayflow.identity.Role;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Who may order, change or cancel a patient's meal: those who care for patients (ward staff and
 * dietitians) and the roles the hospital adds in its configuration ({@code
 * patients.mealOrderingRoles}). Anyone else is answered as if the patient did not exist, so that
 * trying ids teaches them nothing about who is in hospital.
 */
public final class MealOrderers {

  private MealOrderers() {}

  public static boolean mayOrderForPatients(Set<Role> roles, TenantConfiguration hospital) {
    return roles.contains(Role.WARD_STAFF)
        || roles.contains(Role.DIETITIAN)
        || hospital.patients().mealOrderingRoles().stream()
            .anyMatch(added -> roles.contains(Role.valueOf(added.name())));
  }
}
