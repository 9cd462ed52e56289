package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void a_records_language_is_read_in_each_of_its_codings_and_an_unknown_one_is_none() {
    for (String french : new String[] {"fr", "FR", "fra", "fre", "FRE", "fr-CA", "fr_BE", " fr "}) {
      assertThat(Language.fromRecord(french)).as(french).contains(Language.FRENCH);
    }
    for (String english : new String[] {"en", "eng", "en-US"}) {
      assertThat(Language.fromRecord(english)).as(english).contains(Language.ENGLISH);
    }
    for (String other : new String[] {"de", "deu", "spa", "", "   ", "f", "frx", "French"}) {
      assertThat(Language.fromRecord(other)).as(other).isEmpty();
    }
    assertThat(Language.fromRecord(null)).isEmpty();
  }
}
