package org.trayflow.menus.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuItemDetails;
import org.trayflow.menus.Nutrition;

/**
 * A dish as the API shows and takes it; allergens are words ({@code tree-nuts}), as in the
 * published menu. Every field is checked at once, so that a client learns all of its mistakes from
 * one answer.
 */
public record MenuItemBody(
    Long id,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @NotBlank @Size(max = 40) String category,
    @NotBlank @Size(max = 60) String portionSize,
    @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal price,
    Set<
            @NotNull @Pattern(regexp = ALLERGEN_WORDS, message = "is not one of the 14 allergens")
            String>
        allergens,
    Set<
            @NotNull @Pattern(regexp = ALLERGEN_WORDS, message = "is not one of the 14 allergens")
            String>
        mayContain,
    Set<@NotNull String> dietTags,
    @Min(0) @Max(7) Integer iddsiLevel,
    @Valid Nutrition nutrition,
    Boolean active) {

  /** The words of {@link Allergen}, for validation; a unit test keeps the two the same. */
  static final String ALLERGEN_WORDS =
      "celery|cereals-containing-gluten|crustaceans|eggs|fish|lupin|milk|molluscs"
          + "|mustard|tree-nuts|peanuts|sesame|soybeans|sulphites";

  static MenuItemBody of(MenuItem item) {
    MenuItemDetails d = item.details();
    return new MenuItemBody(
        item.id(),
        d.name(),
        d.description(),
        d.category(),
        d.portionSize(),
        d.price(),
        words(d.allergens()),
        words(d.mayContain()),
        new TreeSet<>(d.dietTags()),
        d.iddsiLevel(),
        d.nutrition(),
        d.active());
  }

  MenuItemDetails details() {
    return new MenuItemDetails(
        name,
        description == null ? "" : description,
        category,
        portionSize,
        price,
        allergens(allergens),
        allergens(mayContain),
        dietTags == null ? Set.of() : dietTags,
        iddsiLevel,
        nutrition == null ? Nutrition.unknown() : nutrition,
        active == null || active);
  }

  private static Set<String> words(Set<Allergen> allergens) {
    return allergens.stream().map(Allergen::word).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Allergen> allergens(Set<String> words) {
    return (words == null ? Set.<String>of() : words)
        .stream().map(w -> Allergen.fromWord(w).orElseThrow()).collect(Collectors.toSet());
  }
}
