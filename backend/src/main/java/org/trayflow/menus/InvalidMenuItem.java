package org.trayflow.menus;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A dish that breaks one of the tenant's rules (an unknown diet tag, a name already taken). */
public class InvalidMenuItem extends ExpectedFailure {

  InvalidMenuItem(List<Detail> problems) {
    super(
        Kind.INVALID,
        "invalid-menu-item",
        "The menu item has " + problems.size() + " problem(s).",
        problems);
  }
}
