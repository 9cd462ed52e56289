package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AllergenTest {

  @Test
  void nine_of_the_fourteen_eu_allergens_map_to_the_nine_us_major_allergens() {
    assertThat(Arrays.stream(Allergen.values()).flatMap(a -> a.usMajorAllergen().stream()))
        .containsExactlyInAnyOrder(
            "milk",
            "eggs",
            "fish",
            "crustacean shellfish",
            "tree nuts",
            "peanuts",
            "wheat",
            "soybeans",
            "sesame");
  }

  @Test
  void words_read_back_as_the_same_allergen() {
    assertThat(Arrays.stream(Allergen.values()))
        .allSatisfy(a -> assertThat(Allergen.fromWord(a.word())).contains(a));
    assertThat(Allergen.fromWord("nuts")).isEmpty();
  }
}
