package org.trayflow.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.stream.Stream;

/**
 * The one way a repository reads a SQL query of several columns: each row as a {@link Row}, its
 * columns read by name and type, never by position. A query whose columns are reordered or renamed
 * then fails loudly where it is read instead of mixing up two numbers.
 */
public final class NativeRows {

  private NativeRows() {}

  /** A native query whose rows can be read with {@link #of}; set its parameters, then read. */
  public static Query select(EntityManager em, String sql) {
    return em.createNativeQuery(sql, Tuple.class);
  }

  public static Stream<Row> of(Query selected) {
    return selected.getResultStream().map(NativeRows::row);
  }

  private static Row row(Object result) {
    if (result instanceof Tuple tuple) {
      return new Row(tuple);
    }
    throw new IllegalStateException("a query read as rows is made with NativeRows.select");
  }
}
