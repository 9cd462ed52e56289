package org.trayflow.menus;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** A draft that may not be published yet; each problem names the day, meal or dish it is about. */
public class MenuNotPublishable extends ExpectedFailure {

  MenuNotPublishable(List<Detail> problems) {
    super(
        Kind.INVALID,
        "menu-not-publishable",
        "The menu has " + problems.size() + " problem(s); nothing was published.",
        problems);
  }
}
