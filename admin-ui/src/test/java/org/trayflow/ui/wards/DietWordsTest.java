package org.trayflow.ui.wards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.DietAtMeal;
import org.trayflow.patients.DietOrder;
import org.trayflow.patients.PatientDiet;
import org.trayflow.tenantconfig.TherapeuticDiet;

class DietWordsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void in_english_the_ward_reads_a_diet_as_the_record_summarises_it() {
    PatientDiet diabeticRenal =
        new PatientDiet(
            Set.of(TherapeuticDiet.RENAL, TherapeuticDiet.DIABETIC),
            4,
            2,
            Set.of(Allergen.MILK),
            Set.of("halal"),
            "");
    DietAtMeal house = new DietAtMeal.Diet(diabeticRenal, Optional.empty());
    assertThat(DietWords.of(house, LONDON))
        .isEqualTo(house.summary())
        .isEqualTo(
            "house diet: diabetic, renal, halal · food IDDSI 4 pureed · drinks IDDSI 2 mildly thick");

    DietOrder hold =
        new DietOrder(
            7,
            true,
            Set.of(),
            null,
            null,
            Set.of(),
            "",
            Instant.parse("2026-12-07T08:00:00Z"),
            Instant.parse("2026-12-07T14:00:00Z"),
            null,
            "ward",
            null,
            "nurse",
            Instant.parse("2026-12-07T08:00:00Z"),
            "theatre",
            null);
    DietAtMeal nilByMouth = new DietAtMeal.NilByMouth(hold, "Mon 7 Dec 14:00");
    assertThat(DietWords.of(nilByMouth, LONDON))
        .isEqualTo(nilByMouth.summary())
        .isEqualTo("nil by mouth (theatre) until Mon 7 Dec 14:00");
  }
}
