package org.trayflow.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/** Dates of query parameters, refused by name when they are not dates. */
public final class Dates {

  private Dates() {}

  /** Null when not given. */
  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new NotADate(field, text);
    }
    RequestText.outOfRange(date)
        .ifPresent(
            why -> {
              throw new NotADate(field, text);
            });
    return date;
  }

  public static LocalDate required(String field, String text) {
    LocalDate date = parse(field, text);
    if (date == null) {
      throw new NotADate(field, "");
    }
    return date;
  }

  static class NotADate extends ExpectedFailure {
    NotADate(String field, String text) {
      super(
          Kind.INVALID,
          "not-a-date",
          "'"
              + text
              + "' is not a date (YYYY-MM-DD) from "
              + RequestText.FIRST_YEAR
              + " to "
              + RequestText.LAST_YEAR
              + ".",
          List.of(new Detail(field, "must be a date such as 2026-11-30")));
    }
  }
}
