package org.trayflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trayflow.identity.PasswordRules.Rule;

class PasswordRulesTest {

  @Test
  void a_long_password_of_ones_own_is_allowed() {
    assertThat(
            PasswordRules.broken("j.smith@st-mungos", "tea at four on ward nine", "given1234567"))
        .isEmpty();
  }

  @Test
  void each_broken_rule_is_named() {
    assertThat(PasswordRules.broken("j.smith@st-mungos", "j.smith", ""))
        .containsExactly(Rule.LONG_ENOUGH, Rule.NOT_YOUR_NAME);
    assertThat(PasswordRules.broken("nurse@riverside", "aaaaaaaaaaaaaaaa", ""))
        .containsExactly(Rule.NOT_ONE_CHARACTER);
    assertThat(PasswordRules.broken("porter-3a@st-mungos", "the porter's password", ""))
        .containsExactly(Rule.NOT_YOUR_NAME);
    assertThat(
            PasswordRules.broken(
                "nurse@riverside", "the very same password", "the very same password"))
        .containsExactly(Rule.NEW);
    assertThat(PasswordRules.broken("nurse@riverside", "x".repeat(64) + "y".repeat(65), ""))
        .containsExactly(Rule.NOT_TOO_LONG);
  }

  @Test
  void length_counts_characters_not_utf16_units() {
    // eleven emoji are 22 UTF-16 units, and still too short
    assertThat(PasswordRules.broken("nurse@riverside", "😀🍎🍐🍊🍋🍌🍉🍇🍓🫐🍈", ""))
        .contains(Rule.LONG_ENOUGH);
  }
}
