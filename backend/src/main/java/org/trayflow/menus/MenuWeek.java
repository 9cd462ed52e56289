package org.trayflow.menus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;

/** A menu week, named by its Monday; hospitals plan menus Monday to Sunday. */
public record MenuWeek(LocalDate monday) {

  public MenuWeek {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new NotAMonday(monday);
    }
  }

  public static MenuWeek containing(LocalDate day) {
    return new MenuWeek(day.with(DayOfWeek.MONDAY));
  }

  public Stream<LocalDate> days() {
    return Stream.iterate(monday, day -> day.plusDays(1)).limit(7);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(monday) && !day.isAfter(sunday());
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public MenuWeek previous() {
    return new MenuWeek(monday.minusWeeks(1));
  }

  /** Given as a week, but not a Monday: a client's mistake, named by its field. */
  public static class NotAMonday extends org.trayflow.platform.ExpectedFailure {
    NotAMonday(LocalDate day) {
      super(
          Kind.INVALID,
          "not-a-menu-week",
          "A menu week starts on a Monday; "
              + day
              + " is a "
              + day.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
              + ".",
          java.util.List.of(new Detail("week", "must be a Monday")));
    }
  }
}
