package org.trayflow.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The clock follows its setting as it changes, and a setting that is no duration moves nothing. */
class SettableClockTest {

  private static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");

  private final AtomicReference<String> setting = new AtomicReference<>();
  private final Clock clock =
      new SettableClock(
          Clock.fixed(NOW, ZoneOffset.UTC),
          () -> Optional.ofNullable(setting.get()),
          Duration.ZERO);

  @Test
  void unset_it_is_the_systems_time() {
    assertThat(clock.instant()).isEqualTo(NOW);
    setting.set("PT0S");
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void it_moves_as_the_setting_changes_and_comes_back() {
    setting.set("P3D");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    setting.set("-PT30M");
    assertThat(clock.instant()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
    setting.set(null);
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void a_setting_that_is_no_duration_keeps_the_last_good_one() {
    setting.set("PT2H");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    setting.set("two hours");
    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void the_setting_is_read_again_only_after_its_interval() {
    Clock slow =
        new SettableClock(
            Clock.fixed(NOW, ZoneOffset.UTC),
            () -> Optional.ofNullable(setting.get()),
            Duration.ofHours(1));
    setting.set("PT1H");
    assertThat(slow.instant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    setting.set("PT5H");
    assertThat(slow.instant())
        .as("not read again within the hour")
        .isEqualTo(NOW.plus(Duration.ofHours(1)));
  }
}
