package org.trayflow.platform.persistence;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One row of a SQL query, its columns read by their names (as the query's select list gives them,
 * aliases included) into the types the domain uses. A number that does not fit is refused, never
 * truncated.
 */
public record Row(Tuple tuple) {

  public String text(String column) {
    return (String) tuple.get(column);
  }

  public Optional<String> optionalText(String column) {
    return Optional.ofNullable(text(column));
  }

  /** A {@code varchar[]} column. */
  public List<String> texts(String column) {
    return List.of((String[]) tuple.get(column));
  }

  /** An {@code integer} or {@code bigint} column, such as an id. */
  public long whole(String column) {
    return number(column).longValue();
  }

  /** An id column that may be null. */
  public Optional<Long> optionalWhole(String column) {
    return Optional.ofNullable((Number) tuple.get(column)).map(Number::longValue);
  }

  /** An exact decimal (numeric), never through a double. */
  public BigDecimal decimal(String column) {
    Object value = tuple.get(column);
    return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString());
  }

  /** A count, quantity or version that fits an {@code int}. */
  public int count(String column) {
    return Math.toIntExact(whole(column));
  }

  public boolean flag(String column) {
    return (Boolean) tuple.get(column);
  }

  /** A {@code date} column, as the driver gives it. */
  public LocalDate date(String column) {
    Object value = tuple.get(column);
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  public Optional<LocalDate> optionalDate(String column) {
    return Optional.ofNullable(tuple.get(column)).map(value -> date(column));
  }

  /** A {@code timestamptz} column, whichever type the driver and Hibernate give it as. */
  public Instant instant(String column) {
    return optionalInstant(column)
        .orElseThrow(() -> new IllegalStateException(column + " is null"));
  }

  public Optional<Instant> optionalInstant(String column) {
    Object value = tuple.get(column);
    if (value instanceof OffsetDateTime moment) {
      return Optional.of(moment.toInstant());
    }
    return Optional.ofNullable(
        value instanceof java.sql.Timestamp stamp ? stamp.toInstant() : (Instant) value);
  }

  private Number number(String column) {
    Number value = (Number) tuple.get(column);
    if (value == null) {
      throw new IllegalStateException(column + " is null");
    }
    return value;
  }
}
