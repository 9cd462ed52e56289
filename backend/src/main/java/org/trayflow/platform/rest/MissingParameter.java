package org.trayflow.platform.rest;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A query parameter the request cannot do without. */
public class MissingParameter extends ExpectedFailure {

  public MissingParameter(String field, String expected) {
    super(
        Kind.INVALID,
        "missing-parameter",
        "'" + field + "' is required.",
        List.of(new Detail(field, "is required: " + expected)));
  }
}
