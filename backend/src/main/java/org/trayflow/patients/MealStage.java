package org.trayflow.patients;

/**
 * Where a meal ordered at a bed is on its way to the patient, as the ward follows it. The same
 * steps as the order's own status: patients learns them through {@link OrderedMeals}, never from
 * ordering's types, so that the two features do not depend on each other in a circle.
 */
public enum MealStage {
  PLACED,
  IN_PREPARATION,
  READY,
  DELIVERED,
  COLLECTED,
  CANCELLED;

  /** Not yet with the patient, and not cancelled: a diet change still matters to it. */
  public boolean stillToServe() {
    return this == PLACED || this == IN_PREPARATION || this == READY;
  }
}
