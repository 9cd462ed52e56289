package org.trayflow.menus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenantconfig.DietTaxonomy;

/**
 * What a dish says about itself must agree with itself: a diet tag (or one it leads to in the
 * hospital's taxonomy) that its allergens rule out is a labelling mistake that would feed fish to a
 * vegan, and is refused where the kitchen types it. A precautionary label counts against
 * gluten-free (a coeliac cannot take "may contain gluten"), not against vegan or vegetarian, which
 * are about what a dish is made with.
 */
public final class DishFacts {

  private static final Set<Allergen> ANIMAL =
      EnumSet.of(Allergen.FISH, Allergen.CRUSTACEANS, Allergen.MOLLUSCS);

  /** For each diet tag word, the allergens a dish carrying it is never made with. */
  private static final Map<String, Set<Allergen>> RULED_OUT =
      Map.of(
          "vegan", union(ANIMAL, EnumSet.of(Allergen.MILK, Allergen.EGGS)),
          "vegetarian", ANIMAL,
          "gluten-free", EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN));

  /** Tags whose rule also covers what a dish may contain. */
  private static final Set<String> TRACES_COUNT = Set.of("gluten-free");

  private DishFacts() {}

  /** Each contradiction, named under the field the kitchen corrects; empty when the facts agree. */
  public static List<Detail> contradictions(MenuItemDetails dish, DietTaxonomy taxonomy) {
    List<Detail> problems = new ArrayList<>();
    dish.allergens().stream()
        .filter(dish.mayContain()::contains)
        .sorted()
        .forEach(
            allergen ->
                problems.add(
                    new Detail(
                        "mayContain", name(allergen) + " is already declared as an ingredient")));
    for (String tag : taxonomy.met(dish.dietTags())) {
      Set<Allergen> ruledOut = RULED_OUT.getOrDefault(tag, Set.of());
      List<Allergen> contained =
          dish.allergens().stream().filter(ruledOut::contains).sorted().toList();
      if (!contained.isEmpty()) {
        problems.add(
            new Detail(
                "dietTags",
                because(tag, dish)
                    + " but it contains "
                    + contained.stream().map(DishFacts::name).collect(Collectors.joining(", "))));
      }
      if (TRACES_COUNT.contains(tag)) {
        List<Allergen> traces =
            dish.mayContain().stream().filter(ruledOut::contains).sorted().toList();
        if (!traces.isEmpty()) {
          problems.add(
              new Detail(
                  "dietTags",
                  because(tag, dish)
                      + " but it may contain "
                      + traces.stream().map(DishFacts::name).collect(Collectors.joining(", "))));
        }
      }
    }
    return problems;
  }

  private static String because(String tag, MenuItemDetails dish) {
    return dish.dietTags().contains(tag)
        ? "The dish is labelled " + tag
        : "The dish counts as " + tag + " (by this hospital's diet taxonomy)";
  }

  private static String name(Allergen allergen) {
    return allergen.word().replace('-', ' ');
  }

  private static Set<Allergen> union(Set<Allergen> a, Set<Allergen> b) {
    Set<Allergen> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }
}
