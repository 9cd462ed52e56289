package org.trayflow.menus.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;

class MenuItemBodyTest {

  @Test
  void the_validated_allergen_words_are_exactly_the_fourteen_allergens() {
    assertThat(Set.of(MenuItemBody.ALLERGEN_WORDS.split("\\|")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Allergen.values()).map(Allergen::word).toList());
  }
}
