package org.trayflow.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

/**
 * A dish's allergens where someone chooses it, in the hospital's own names: what it is made with,
 * then what it may contain. Wherever a dish is chosen it is shown the same way, so that nobody
 * learns two readings.
 */
public final class DishAllergens {

  private DishAllergens() {}

  /** Nothing when the dish declares neither. */
  public static Optional<Span> of(OfferedDish dish, Scheme scheme) {
    if (dish.allergens().isEmpty() && dish.mayContain().isEmpty()) {
      return Optional.empty();
    }
    String contains = names(dish.allergens(), scheme);
    String traces = names(dish.mayContain(), scheme);
    Span line =
        new Span(
            (contains.isEmpty() ? "" : Translations.words("allergens.contains", contains))
                + (contains.isEmpty() || traces.isEmpty() ? "" : " · ")
                + (traces.isEmpty() ? "" : Translations.words("allergens.mayContain", traces)));
    line.addClassName("dish-allergens");
    line.getStyle()
        .set("display", "block")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-error-text-color)");
    return Optional.of(line);
  }

  private static String names(List<String> words, Scheme scheme) {
    return words.stream()
        .map(word -> Allergen.fromWord(word).map(a -> AllergenNames.of(a, scheme)).orElse(word))
        .collect(Collectors.joining(", "));
  }
}
