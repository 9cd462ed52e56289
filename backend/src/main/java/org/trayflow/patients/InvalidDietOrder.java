package org.trayflow.patients;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A diet order, admission or allergy list that cannot be taken as it is; nothing of it was
 * recorded.
 */
public class InvalidDietOrder extends ExpectedFailure {

  public InvalidDietOrder(String field, String reason) {
    this(List.of(new Detail(field, reason)));
  }

  public InvalidDietOrder(List<Detail> details) {
    super(
        Kind.INVALID,
        "invalid-diet-order",
        "The diet order or patient details cannot be recorded as they are;"
            + " nothing was changed.",
        details);
  }
}
