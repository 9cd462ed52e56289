package org.trayflow.payments;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A pay period that ends before it starts. */
public class InvalidPeriod extends ExpectedFailure {

  InvalidPeriod() {
    super(
        Kind.INVALID,
        "invalid-period",
        "The period ends before it starts.",
        List.of(new Detail("to", "must be on or after 'from'")));
  }
}
