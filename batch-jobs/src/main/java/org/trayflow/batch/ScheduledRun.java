package org.trayflow.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A run that every app instance schedules and the first to claim it in Redis starts: the period it
 * belongs to (the key of the claim), and when the next one is due.
 */
public enum ScheduledRun {
  HOURLY(ChronoUnit.HOURS),
  EVERY_MINUTE(ChronoUnit.MINUTES);

  private final ChronoUnit period;

  ScheduledRun(ChronoUnit period) {
    this.period = period;
  }

  /** "2026-12-01T12:00:00Z" for any moment of that hour: all instances claim the same period. */
  public String periodOf(Instant now) {
    return now.truncatedTo(period).toString();
  }

  /** How long from now until the next period starts; a whole period at its very start. */
  public Duration untilNext(Instant now) {
    return Duration.between(now, now.truncatedTo(period).plus(1, period));
  }

  public Duration every() {
    return period.getDuration();
  }
}
