package org.trayflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.trayflow.identity.SignInPolicy.Allowance;
import org.trayflow.identity.SignInThrottle.Counter;

class SignInThrottleTest {

  private static final Counter COUNTER = new Counter("k", new Allowance(5, Duration.ofMinutes(15)));
  private static final Instant LAST = Instant.parse("2026-12-01T12:00:00Z");

  private static Duration waitAfter(long failures, Duration since) {
    return COUNTER.waitAfter(failures, LAST.toEpochMilli(), LAST.plus(since));
  }

  @Test
  void the_free_failures_cost_no_wait() {
    assertThat(waitAfter(0, Duration.ZERO)).isZero();
    assertThat(waitAfter(4, Duration.ZERO)).isZero();
  }

  @Test
  void past_them_each_failure_doubles_the_wait_from_the_last_one() {
    assertThat(waitAfter(5, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitAfter(6, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    assertThat(waitAfter(9, Duration.ZERO)).isEqualTo(Duration.ofSeconds(16));
    assertThat(waitAfter(9, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(6));
    assertThat(waitAfter(9, Duration.ofSeconds(16))).isZero();
  }

  @Test
  void the_wait_never_passes_the_longest_and_never_overflows() {
    assertThat(waitAfter(20, Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
    assertThat(waitAfter(Long.MAX_VALUE, Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void a_source_is_kept_short_and_never_empty() {
    assertThat(new SignInSource("  10.0.0.7 ").address()).isEqualTo("10.0.0.7");
    assertThat(new SignInSource(null).address()).isEqualTo("unknown");
    assertThat(new SignInSource("x".repeat(500)).address()).hasSize(64);
  }
}
