package org.trayflow.menus.rest;

import java.util.List;
import org.trayflow.menus.MenuWeek;
import org.trayflow.platform.ExpectedFailure;

/** The site has no published menu for the week asked for. */
class NothingPublished extends ExpectedFailure {

  NothingPublished(String site, MenuWeek week) {
    super(
        Kind.NOT_FOUND,
        "menu-not-published",
        "Nothing is published for " + site + " in the week of " + week.monday() + ".");
  }

  /** Neither week nor day was given. */
  static class WeekOrDayRequired extends ExpectedFailure {
    WeekOrDayRequired() {
      super(
          Kind.INVALID,
          "menu-week-required",
          "Say which week (its Monday) or which day.",
          List.of(new Detail("week", "is required when day is not given")));
    }
  }
}
