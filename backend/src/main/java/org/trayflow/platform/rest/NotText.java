package org.trayflow.platform.rest;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * A request carrying characters that are not text, or a list holding nothing: refused before
 * anything is read.
 */
class NotText extends ExpectedFailure {

  NotText(List<Detail> problems) {
    super(
        Kind.MALFORMED,
        "not-text",
        "The request has "
            + problems.size()
            + " value(s) that are not text or not"
            + " there; nothing was changed.",
        problems);
  }
}
