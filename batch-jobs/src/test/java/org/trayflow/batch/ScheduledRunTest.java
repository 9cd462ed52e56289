package org.trayflow.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every instance claims the same period, and schedules the next run at its start. */
class ScheduledRunTest {

  @Test
  void any_moment_of_an_hour_claims_that_hour() {
    assertThat(ScheduledRun.HOURLY.periodOf(Instant.parse("2026-12-01T11:00:00Z")))
        .isEqualTo(ScheduledRun.HOURLY.periodOf(Instant.parse("2026-12-01T11:59:59.999Z")))
        .isEqualTo("2026-12-01T11:00:00Z");
    assertThat(ScheduledRun.HOURLY.periodOf(Instant.parse("2026-12-01T12:00:00Z")))
        .isEqualTo("2026-12-01T12:00:00Z");
  }

  @Test
  void the_next_run_is_due_at_the_start_of_the_next_period() {
    assertThat(ScheduledRun.HOURLY.untilNext(Instant.parse("2026-12-01T11:59:30Z")))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(ScheduledRun.HOURLY.untilNext(Instant.parse("2026-12-01T12:00:00Z")))
        .isEqualTo(Duration.ofHours(1));
    assertThat(ScheduledRun.EVERY_MINUTE.untilNext(Instant.parse("2026-12-01T11:59:30.250Z")))
        .isEqualTo(Duration.ofMillis(29_750));
  }

  @Test
  void a_minute_claim_is_a_minute_long() {
    assertThat(ScheduledRun.EVERY_MINUTE.periodOf(Instant.parse("2026-12-01T11:59:30Z")))
        .isEqualTo("2026-12-01T11:59:00Z");
    assertThat(ScheduledRun.EVERY_MINUTE.every()).isEqualTo(Duration.ofMinutes(1));
  }
}
