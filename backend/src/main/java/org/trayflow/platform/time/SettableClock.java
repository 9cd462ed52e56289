package org.trayflow.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The system's clock, moved by the offset that {@code trayflow.clock.offset} sets. The setting is
 * read again at most once a second, so that a server.xml variable changed while the server runs (in
 * configDropins) moves the clock of every request from the next second on, and putting it back
 * brings the clock back: a rehearsal of tomorrow's cut-offs, or a test of what happens after one,
 * needs no restart. Every change is logged, as a moved clock changes what the hospital may order.
 */
final class SettableClock extends Clock {

  private static final Logger LOG = Logger.getLogger(SettableClock.class.getName());
  private final Clock system;
  private final long readEveryNanos;
  private final Supplier<Optional<String>> setting;
  private volatile Duration offset = Duration.ZERO;
  private volatile long readAt;
  private volatile boolean read;

  SettableClock(Clock system, Supplier<Optional<String>> setting) {
    this(system, setting, Duration.ofSeconds(1));
  }

  SettableClock(Clock system, Supplier<Optional<String>> setting, Duration readEvery) {
    this.system = system;
    this.setting = setting;
    this.readEveryNanos = readEvery.toNanos();
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset());
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new SettableClock(system.withZone(zone), setting, Duration.ofNanos(readEveryNanos));
  }

  Duration offset() {
    long now = System.nanoTime();
    if (!read || now - readAt >= readEveryNanos) {
      readAt = now;
      read = true;
      take(setting.get().orElse(""));
    }
    return offset;
  }

  private void take(String value) {
    Duration wanted;
    try {
      wanted = ClockProducer.parsed(value).orElse(Duration.ZERO);
    } catch (DateTimeParseException notADuration) {
      LOG.warning(
          () ->
              "trayflow.clock.offset '"
                  + value
                  + "' is not an ISO-8601 duration (PT3H, P2D); the clock keeps "
                  + offset);
      return;
    }
    if (!wanted.equals(offset)) {
      offset = wanted;
      LOG.warning(
          () ->
              wanted.isZero()
                  ? "The clock is the system's again"
                  : "The clock is moved by "
                      + wanted
                      + " (trayflow.clock.offset): it reads "
                      + instant());
    }
  }
}
