package org.trayflow.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.Slug;

/** Labels that contradict what a dish is made with are named; labels that agree are left alone. */
class DishFactsTest {

  private static MenuItemDetails dish(
      Set<Allergen> contains, Set<Allergen> mayContain, Set<String> tags) {
    return new MenuItemDetails(
        "Dish",
        "",
        "Main",
        "1 plate",
        BigDecimal.ONE,
        contains,
        mayContain,
        tags,
        null,
        Nutrition.unknown(),
        true);
  }

  @Test
  void fish_eggs_and_milk_are_not_vegan_and_fish_is_not_vegetarian() {
    assertThat(
            DishFacts.contradictions(
                dish(
                    EnumSet.of(Allergen.FISH, Allergen.EGGS, Allergen.MILK),
                    Set.of(),
                    Set.of("vegan")),
                DietTaxonomy.NONE))
        .containsExactly(
            new Detail("dietTags", "The dish is labelled vegan but it contains eggs, fish, milk"),
            new Detail(
                "dietTags",
                "The dish counts as vegetarian (by this hospital's diet taxonomy) but it contains"
                    + " fish"));
    assertThat(
            DishFacts.contradictions(
                dish(EnumSet.of(Allergen.MILK, Allergen.EGGS), Set.of(), Set.of("vegetarian")),
                DietTaxonomy.NONE))
        .isEmpty();
  }

  @Test
  void a_may_contain_label_counts_against_gluten_free_not_against_vegan() {
    assertThat(
            DishFacts.contradictions(
                dish(Set.of(), EnumSet.of(Allergen.MILK), Set.of("vegan")), DietTaxonomy.NONE))
        .isEmpty();
    assertThat(
            DishFacts.contradictions(
                dish(
                    Set.of(),
                    EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN),
                    Set.of("gluten-free")),
                DietTaxonomy.NONE))
        .extracting(Detail::reason)
        .containsExactly(
            "The dish is labelled gluten-free but it may contain cereals containing gluten");
  }

  @Test
  void an_allergen_is_either_an_ingredient_or_a_trace_and_the_hospitals_taxonomy_is_followed() {
    assertThat(
            DishFacts.contradictions(
                dish(EnumSet.of(Allergen.SESAME), EnumSet.of(Allergen.SESAME), Set.of()),
                DietTaxonomy.NONE))
        .containsExactly(new Detail("mayContain", "sesame is already declared as an ingredient"));
    DietTaxonomy coeliacKitchen =
        new DietTaxonomy(Map.of(new Slug("coeliac-safe"), Set.of(new Slug("gluten-free"))));
    assertThat(
            DishFacts.contradictions(
                dish(
                    EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN),
                    Set.of(),
                    Set.of("coeliac-safe")),
                coeliacKitchen))
        .extracting(Detail::reason)
        .containsExactly(
            "The dish counts as gluten-free (by this hospital's diet taxonomy) but it contains cereals containing"
                + " gluten");
  }
}
