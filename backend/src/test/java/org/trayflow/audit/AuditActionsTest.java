package org.trayflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditActionsTest {

  @Test
  void known_actions_read_in_words_and_unknown_ones_as_their_own_words() {
    assertThat(AuditActions.inWords("person.added")).isEqualTo("Person added");
    assertThat(AuditActions.inWords("diet-order-released")).isEqualTo("Nil by mouth released");
    assertThat(AuditActions.inWords("menu.copied-forward")).isEqualTo("Menu copied forward");
  }
}
