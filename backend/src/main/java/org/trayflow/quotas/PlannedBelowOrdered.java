package org.trayflow.quotas;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A menu that would plan fewer portions of a dish than are already ordered: nothing is published.
 */
public class PlannedBelowOrdered extends ExpectedFailure {

  public PlannedBelowOrdered(List<Detail> dishes) {
    super(
        Kind.CONFLICT,
        "planned-below-ordered",
        dishes.size()
            + " dish(es) would be planned below what is already"
            + " ordered; nothing was published. Plan at least what is ordered.",
        dishes);
  }
}
