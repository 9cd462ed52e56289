package org.trayflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void one_is_singular_and_none_is_said_in_words() {
    assertThat(Counts.of(1, "portion", "portions")).isEqualTo("1 portion");
    assertThat(Counts.of(2, "portion", "portions")).isEqualTo("2 portions");
    assertThat(Counts.of(0, "portion", "portions")).isEqualTo("no portions");
  }
}
