package org.trayflow.patients;

import java.util.Locale;

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

  /** "in preparation", as the ward reads it. */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
