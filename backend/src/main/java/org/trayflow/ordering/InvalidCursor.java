package org.trayflow.ordering;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A page cursor that this API did not give out (or that was cut short). */
public class InvalidCursor extends ExpectedFailure {

  InvalidCursor() {
    super(
        Kind.INVALID,
        "invalid-cursor",
        "The cursor is not one this API gave out.",
        List.of(new Detail("cursor", "use the 'next' value of the previous page as it is")));
  }
}
