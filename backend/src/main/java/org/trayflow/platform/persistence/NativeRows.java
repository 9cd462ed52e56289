package org.trayflow.platform.persistence;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

/** The rows of a native SQL query of several columns, each an array of column values. */
public final class NativeRows {

  private NativeRows() {}

  @SuppressWarnings("unchecked")
  public static Stream<Object[]> of(Query query) {
    return query.getResultStream();
  }

  /** A {@code date} column, as the driver gives it. */
  public static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /** A {@code timestamptz} column, whichever type the driver and Hibernate give it as. */
  public static Instant instant(Object value) {
    if (value instanceof OffsetDateTime moment) {
      return moment.toInstant();
    }
    return value instanceof java.sql.Timestamp stamp ? stamp.toInstant() : (Instant) value;
  }
}
