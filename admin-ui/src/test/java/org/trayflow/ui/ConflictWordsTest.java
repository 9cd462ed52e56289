package org.trayflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.Conflict;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

class ConflictWordsTest {

  @Test
  void in_english_a_screen_says_each_reason_as_the_api_and_printed_sheets_do() {
    List<Conflict> conflicts =
        List.of(
            new Conflict.Declared(Allergen.PEANUTS, Scheme.EU_14, false, false),
            new Conflict.Declared(Allergen.TREE_NUTS, Scheme.US_9, true, false),
            new Conflict.Declared(Allergen.CEREALS_CONTAINING_GLUTEN, Scheme.US_9, false, true),
            new Conflict.Declared(Allergen.CEREALS_CONTAINING_GLUTEN, Scheme.EU_14, true, true),
            new Conflict.NotOfDiet("halal"),
            new Conflict.NotADrinkLevel(6),
            new Conflict.TooFirm(7, 4),
            new Conflict.TooThin(0, 2));
    for (Conflict conflict : conflicts) {
      assertThat(ConflictWords.of(conflict)).as(conflict.toString()).isEqualTo(conflict.english());
    }
  }
}
