package org.trayflow.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * What PostgreSQL's refusal of a change means to the person who asked for it, found anywhere in a
 * failure's causes: a change that lost a race ({@link ConcurrentChange}, 409), a value it cannot
 * store ({@link ValueDoesNotFit}, 400), or PostgreSQL not there to ask at all ({@link
 * DatabaseUnavailable}, 503). Anything else it refuses is a bug. The API's last-resort mapper and
 * the web UI's error handler ask here.
 */
public final class DatabaseRefusal {

  /**
   * Unique and foreign-key violations, serialisation failures, deadlocks, a lock not granted at
   * once.
   */
  private static final Set<String> CONCURRENT = Set.of("23505", "23503", "40001", "40P01", "55P03");

  /**
   * Data exceptions: text too long, numeric out of range, invalid date or time, bytes that are not
   * UTF-8.
   */
  private static final String DATA_EXCEPTION_CLASS = "22";

  /**
   * Connection exceptions (class 08: refused, broken, ended, a commit whose outcome is unknown) and
   * the server going away: shutting down on an administrator's or a crash's account, or still
   * starting up. A protocol violation (08P01) is in class 08 too, but is a bug.
   */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private static final String PROTOCOL_VIOLATION = "08P01";

  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  private DatabaseRefusal() {}

  public static Optional<ExpectedFailure> behind(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrentChange
          || cause instanceof ValueDoesNotFit
          || cause instanceof DatabaseUnavailable) {
        return Optional.of((ExpectedFailure) cause);
      }
      // the pool found no connection it could open in time
      if (cause instanceof SQLTransientConnectionException) {
        return Optional.of(new DatabaseUnavailable());
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        if (CONCURRENT.contains(sql.getSQLState())) {
          return Optional.of(new ConcurrentChange());
        }
        if (sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
          return Optional.of(new ValueDoesNotFit());
        }
        if (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                && !sql.getSQLState().equals(PROTOCOL_VIOLATION)
            || SERVER_GOING_AWAY.contains(sql.getSQLState())) {
          return Optional.of(new DatabaseUnavailable());
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
