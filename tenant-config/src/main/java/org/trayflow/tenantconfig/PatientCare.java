package org.trayflow.tenantconfig;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a hospital feeds its patients.
 *
 * @param houseDiet the diet a patient without any diet order may be fed; none means such a patient
 *     cannot be ordered for until a diet order arrives (the safe default)
 * @param recordSystems the sending facilities (HL7 MSH-4) whose diet orders and admissions are
 *     accepted for this hospital
 * @param mealOrderingRoles roles that may order, change and cancel patients' meals besides ward
 *     staff and dietitians (none by default)
 * @param lateTrayMinutes how long after a meal's ordering closes a ward may still order a patient's
 *     tray, with a reason (a patient admitted or back from theatre after the round); none by
 *     default
 */
public record PatientCare(
    Optional<HouseDiet> houseDiet,
    Set<String> recordSystems,
    Set<MealOrderingRole> mealOrderingRoles,
    int lateTrayMinutes) {

  public static final PatientCare NONE = new PatientCare(Optional.empty(), Set.of(), Set.of(), 0);

  /** At most a morning: a tray ordered later than this is a new meal, not a late one. */
  public static final int MOST_LATE_TRAY_MINUTES = 240;

  public PatientCare {
    recordSystems = Set.copyOf(recordSystems);
    mealOrderingRoles = Set.copyOf(mealOrderingRoles);
  }

  /**
   * @param foodLevel IDDSI food level, 3 (liquidised) to 7 (regular)
   * @param drinkLevel IDDSI drink level, 0 (thin) to 4 (extremely thick)
   */
  public record HouseDiet(List<TherapeuticDiet> diets, int foodLevel, int drinkLevel) {

    public HouseDiet {
      diets = List.copyOf(diets);
    }
  }
}
