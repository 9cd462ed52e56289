package org.trayflow.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.platform.ExpectedFailure;

class MealOrderChecksTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Lunch closes at 11:00 London time, which is 11:00 UTC in November. */
  private static final MealOrderChecks LUNCH =
      new MealOrderChecks(
          OrderingWindowTest.LUNCH, OrderingWindow.of(OrderingWindowTest.LUNCH, DAY, LONDON), 30);

  private static final Instant OPEN = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant JUST_CLOSED = Instant.parse("2026-11-25T11:10:00Z");
  private static final Instant LONG_CLOSED = Instant.parse("2026-11-25T11:40:00Z");

  private static final List<OfferedDish> MENU = List.of(dish(7, "Soup"), dish(9, "Fish pie"));

  @Test
  void an_order_while_ordering_is_open_is_no_late_tray() {
    assertThat(LUNCH.lateTray(staff(7), OPEN)).isEmpty();
  }

  @Test
  void after_the_close_staff_cannot_order() {
    assertThatThrownBy(() -> LUNCH.lateTray(staff(7), JUST_CLOSED))
        .isInstanceOfSatisfying(
            OrderingClosed.class,
            closed -> assertThat(closed.problemType()).isEqualTo("ordering-closed"));
  }

  @Test
  void a_patients_late_tray_needs_a_reason_and_the_late_tray_window() {
    assertThatThrownBy(() -> LUNCH.lateTray(patient(null), JUST_CLOSED))
        .isInstanceOfSatisfying(
            OrderingClosed.class,
            closed -> assertThat(closed.problemType()).isEqualTo("late-tray-needs-reason"));
    assertThat(LUNCH.lateTray(patient("admitted at 11:05"), JUST_CLOSED))
        .contains("admitted at 11:05");
    assertThatThrownBy(() -> LUNCH.lateTray(patient("admitted at 11:35"), LONG_CLOSED))
        .isInstanceOfSatisfying(
            OrderingClosed.class,
            closed -> assertThat(closed.problemType()).isEqualTo("ordering-closed"));
  }

  @Test
  void every_line_off_the_menu_is_named() {
    OrderRequest request =
        new OrderRequest(
            "central",
            DAY,
            "lunch",
            "ward-1",
            List.of(
                new OrderRequest.Line(7, 1),
                new OrderRequest.Line(8, 1),
                new OrderRequest.Line(10, 1)));

    assertThatThrownBy(() -> LUNCH.onTheMenu(request, MENU))
        .isInstanceOfSatisfying(
            OrderNotAccepted.class,
            refused ->
                assertThat(refused.details())
                    .extracting(ExpectedFailure.Detail::field)
                    .containsExactly("lines[1].item", "lines[2].item"));
  }

  @Test
  void one_dish_over_its_lines_holds_at_most_twenty_portions() {
    OrderRequest twentyOne =
        new OrderRequest(
            "central",
            DAY,
            "lunch",
            "ward-1",
            List.of(new OrderRequest.Line(9, 20), new OrderRequest.Line(9, 1)));
    OrderRequest twenty =
        new OrderRequest(
            "central",
            DAY,
            "lunch",
            "ward-1",
            List.of(new OrderRequest.Line(9, 19), new OrderRequest.Line(9, 1)));

    assertThatThrownBy(() -> LUNCH.onTheMenu(twentyOne, MENU))
        .isInstanceOfSatisfying(
            OrderNotAccepted.class,
            refused ->
                assertThat(refused.details())
                    .singleElement()
                    .satisfies(
                        problem -> assertThat(problem.reason()).contains("at most 20 portions")));
    assertThat(LUNCH.onTheMenu(twenty, MENU)).containsOnlyKeys(7L, 9L);
  }

  private static OrderRequest staff(long dish) {
    return new OrderRequest(
        "central", DAY, "lunch", "staff-restaurant", List.of(new OrderRequest.Line(dish, 1)));
  }

  private static OrderRequest patient(String lateTrayReason) {
    return new OrderRequest(
        "central",
        DAY,
        "lunch",
        "ward-1",
        List.of(new OrderRequest.Line(7, 1)),
        42L,
        "patient",
        lateTrayReason);
  }

  private static OfferedDish dish(long id, String name) {
    return new OfferedDish(
        id,
        name,
        "",
        "Main",
        "1 bowl",
        new BigDecimal("3.50"),
        List.of(),
        List.of(),
        List.of(),
        null,
        Nutrition.unknown(),
        50);
  }
}
