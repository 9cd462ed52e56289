package org.trayflow.identity;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A staff list with wrong rows, imported as a whole: nothing was imported, and each wrong row is
 * named.
 */
public class StaffListRefused extends ExpectedFailure {

  StaffListRefused(List<StaffRow> badRows) {
    super(
        Kind.INVALID,
        "staff-list-refused",
        badRows.size()
            + " row(s) of the file have problems, so nobody was"
            + " imported. Correct them, or import the good rows only.",
        badRows.stream()
            .flatMap(row -> row.problems().stream().map(p -> new Detail("line " + row.line(), p)))
            .toList());
  }
}
