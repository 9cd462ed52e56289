package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedMenuTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Test
  void a_diet_keeps_only_its_dishes_and_an_excluded_allergen_removes_every_dish_with_it() {
    PublishedMenu menu =
        menuOf(
            dish("Fish pie", List.of("fish", "milk"), List.of()),
            dish("Dhal", List.of(), List.of("vegan")),
            dish("Soup", List.of("celery"), List.of("vegan")));

    assertThat(names(menu.keep(PublishedMenu.suitableFor("vegan", Set.of()))))
        .containsExactly("Dhal", "Soup");
    assertThat(names(menu.keep(PublishedMenu.suitableFor(null, Set.of("milk", "celery")))))
        .containsExactly("Dhal");
  }

  private static List<String> names(PublishedMenu menu) {
    return menu.days().get(0).meals().get(0).dishes().stream()
        .map(PublishedMenu.OfferedDish::name)
        .toList();
  }

  private static PublishedMenu menuOf(PublishedMenu.OfferedDish... dishes) {
    return new PublishedMenu(
        "central",
        MONDAY,
        1,
        Instant.EPOCH,
        List.of(
            new PublishedMenu.Day(
                MONDAY, List.of(new PublishedMenu.Meal("lunch", "Lunch", List.of(dishes))))));
  }

  private static PublishedMenu.OfferedDish dish(
      String name, List<String> allergens, List<String> diets) {
    return new PublishedMenu.OfferedDish(
        1,
        name,
        "",
        "Main",
        "1 plate",
        BigDecimal.ONE,
        allergens,
        List.of(),
        diets,
        null,
        Nutrition.unknown(),
        10);
  }
}
