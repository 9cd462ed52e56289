package org.trayflow.quotas.rest;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A meal period the hospital does not serve. */
class MealNotServed extends ExpectedFailure {

  MealNotServed(String mealPeriod) {
    super(
        Kind.INVALID,
        "meal-not-served",
        "No meal '" + mealPeriod + "' is served here.",
        List.of(new Detail("mealPeriod", "is not one of this hospital's meals, such as lunch")));
  }
}
