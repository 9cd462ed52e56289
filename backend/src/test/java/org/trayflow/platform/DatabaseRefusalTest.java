package org.trayflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseRefusalTest {

  /** As Hibernate and the transaction manager hand PostgreSQL's refusal up: wrapped twice. */
  private static RuntimeException refused(String sqlState) {
    return new IllegalStateException(
        "commit failed",
        new RuntimeException("could not execute statement", new SQLException("refused", sqlState)));
  }

  @Test
  void a_lost_race_is_a_conflict_to_look_at_again() {
    for (String state : new String[] {"23505", "23503", "40001", "40P01", "55P03"}) {
      assertThat(DatabaseRefusal.behind(refused(state)))
          .as(state)
          .hasValueSatisfying(
              failure -> {
                assertThat(failure).isInstanceOf(ConcurrentChange.class);
                assertThat(failure.kind()).isEqualTo(ExpectedFailure.Kind.CONFLICT);
              });
    }
  }

  @Test
  void a_value_postgresql_cannot_store_is_the_callers_to_fix() {
    for (String state : new String[] {"22001", "22003", "22008", "22021", "22P02"}) {
      assertThat(DatabaseRefusal.behind(refused(state)))
          .as(state)
          .hasValueSatisfying(
              failure -> assertThat(failure.kind()).isEqualTo(ExpectedFailure.Kind.MALFORMED));
    }
  }

  @Test
  void postgresql_out_of_reach_is_a_moment_to_wait_not_a_bug() {
    for (String state :
        new String[] {"08001", "08006", "08003", "08007", "57P01", "57P02", "57P03"}) {
      assertThat(DatabaseRefusal.behind(refused(state)))
          .as(state)
          .hasValueSatisfying(
              failure -> {
                assertThat(failure).isInstanceOf(DatabaseUnavailable.class);
                assertThat(failure.kind()).isEqualTo(ExpectedFailure.Kind.UNAVAILABLE);
                assertThat(failure.retryAfter()).isPresent();
              });
    }
    assertThat(
            DatabaseRefusal.behind(
                new IllegalStateException(
                    "no connection", new SQLTransientConnectionException("pool waited too long"))))
        .as("the pool's wait for a connection ran out")
        .hasValueSatisfying(failure -> assertThat(failure).isInstanceOf(DatabaseUnavailable.class));
  }

  @Test
  void anything_else_stays_a_bug() {
    assertThat(DatabaseRefusal.behind(refused("42P01"))).as("a missing table").isEmpty();
    assertThat(DatabaseRefusal.behind(refused("08P01"))).as("a protocol violation").isEmpty();
    assertThat(DatabaseRefusal.behind(refused("23514")))
        .as("a check a rule should have caught first")
        .isEmpty();
    assertThat(DatabaseRefusal.behind(new IllegalStateException("no SQL at all"))).isEmpty();
  }
}
