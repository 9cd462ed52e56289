package org.trayflow.menus;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A dish that cannot go where it was asked to: a day outside the week, an unknown meal, a withdrawn
 * dish.
 */
public class DishNotPlannable extends ExpectedFailure {

  DishNotPlannable(String field, String reason) {
    super(
        Kind.INVALID,
        "dish-not-plannable",
        "The dish cannot be planned there: " + reason + ".",
        List.of(new Detail(field, reason)));
  }
}
