package org.trayflow.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.tenantconfig.PatientCare;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * Which diet order is in force at a meal: holds start, end and expire, and an ended hold brings
 * nothing back.
 */
class DietAtMealTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");
  private static final PatientCare NO_HOUSE_DIET = PatientCare.NONE;

  private static DietOrder diabetic(long id, Instant from) {
    return new DietOrder(
        id,
        false,
        Set.of(TherapeuticDiet.DIABETIC),
        7,
        0,
        Set.of(),
        "",
        from,
        null,
        null,
        "HL7",
        "D" + id,
        "hl7",
        from,
        "",
        NutritionTargets.NONE);
  }

  private static DietOrder hold(long id, Instant from, Instant until, Instant released) {
    return new DietOrder(
        id,
        true,
        Set.of(),
        null,
        null,
        Set.of(),
        "",
        from,
        until,
        released,
        "HL7",
        "H" + id,
        "hl7",
        from,
        "",
        NutritionTargets.NONE);
  }

  private static DietAtMeal at(Instant moment, List<DietOrder> orders, PatientCare care) {
    return DietAtMeal.at(moment, orders, Set.of(), "", care, LONDON);
  }

  @Test
  void a_hold_blocks_meals_from_its_start_not_before() {
    Instant holdStarts = MONDAY_NOON.plus(Duration.ofHours(12));
    List<DietOrder> orders =
        List.of(
            diabetic(1, MONDAY_NOON.minus(Duration.ofDays(1))),
            hold(2, holdStarts, holdStarts.plus(Duration.ofHours(10)), null));
    assertThat(at(MONDAY_NOON, orders, NO_HOUSE_DIET)).isInstanceOf(DietAtMeal.Diet.class);
    assertThat(at(holdStarts, orders, NO_HOUSE_DIET)).isInstanceOf(DietAtMeal.NilByMouth.class);
    assertThat(at(holdStarts, orders, NO_HOUSE_DIET).summary())
        .isEqualTo("nil by mouth until Tue 24 Nov 10:00");
  }

  @Test
  void a_hold_that_expires_does_not_bring_back_the_diet_before_it() {
    Instant holdEnds = MONDAY_NOON.plus(Duration.ofHours(4));
    List<DietOrder> orders =
        List.of(
            diabetic(1, MONDAY_NOON.minus(Duration.ofDays(1))),
            hold(2, MONDAY_NOON, holdEnds, null));
    DietAtMeal after = at(holdEnds.plusSeconds(1), orders, NO_HOUSE_DIET);
    assertThat(after).isInstanceOf(DietAtMeal.AwaitingDietOrder.class);
    assertThat(after.summary())
        .isEqualTo("the nil-by-mouth hold ended Mon 23 Nov 16:00; a new diet order is needed");
  }

  @Test
  void a_released_hold_ends_at_its_release_and_a_new_diet_order_feeds_the_patient_again() {
    Instant released = MONDAY_NOON.plus(Duration.ofHours(2));
    DietOrder hold = hold(2, MONDAY_NOON, null, released);
    assertThat(at(released.minusSeconds(1), List.of(hold), NO_HOUSE_DIET))
        .isInstanceOf(DietAtMeal.NilByMouth.class);
    assertThat(at(released, List.of(hold), NO_HOUSE_DIET))
        .isInstanceOf(DietAtMeal.AwaitingDietOrder.class);
    DietOrder renewed = diabetic(3, released.plus(Duration.ofHours(1)));
    assertThat(at(released.plus(Duration.ofHours(2)), List.of(hold, renewed), NO_HOUSE_DIET))
        .isInstanceOfSatisfying(
            DietAtMeal.Diet.class, fed -> assertThat(fed.order()).contains(renewed));
  }

  @Test
  void without_any_diet_order_only_an_explicit_house_diet_feeds_the_patient() {
    assertThat(at(MONDAY_NOON, List.of(), NO_HOUSE_DIET).summary()).isEqualTo("no diet order yet");
    PatientCare house =
        new PatientCare(
            Optional.of(new PatientCare.HouseDiet(List.of(TherapeuticDiet.REGULAR), 7, 0)),
            Set.of(),
            Set.of(),
            0);
    assertThat(at(MONDAY_NOON, List.of(), house))
        .isInstanceOfSatisfying(
            DietAtMeal.Diet.class,
            fed -> assertThat(fed.summary()).isEqualTo("house diet: regular"));
    Instant holdEnds = MONDAY_NOON.minus(Duration.ofHours(1));
    assertThat(
            at(
                MONDAY_NOON,
                List.of(hold(1, MONDAY_NOON.minus(Duration.ofHours(5)), holdEnds, null)),
                house))
        .as("after a hold, the house diet does not stand in for the missing diet order")
        .isInstanceOf(DietAtMeal.AwaitingDietOrder.class);
  }
}
