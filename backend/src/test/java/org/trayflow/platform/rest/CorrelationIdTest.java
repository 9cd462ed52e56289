package org.trayflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

  @Test
  void a_callers_well_formed_id_is_kept() {
    CorrelationId id = new CorrelationId();
    id.adopt("ward-7-tablet-0042");

    assertThat(id.value()).isEqualTo("ward-7-tablet-0042");
  }

  @Test
  void an_id_that_could_forge_log_lines_is_replaced() {
    CorrelationId id = new CorrelationId();
    id.adopt("abc\nFAKE LOG LINE");

    assertThat(id.value()).doesNotContain("\n").hasSize(36);
  }

  @Test
  void without_a_callers_id_a_fresh_one_is_made() {
    assertThat(new CorrelationId().value()).hasSize(36);
  }
}
