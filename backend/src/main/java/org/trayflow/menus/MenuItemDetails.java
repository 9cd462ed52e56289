package org.trayflow.menus;

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

/**
 * What a kitchen manager says about a dish: what it is, what is in it, who may eat it.
 *
 * @param mayContain allergens the dish is not made with but may carry from the kitchen's handling
 *     (a precautionary label)
 * @param iddsiLevel the IDDSI texture level (0 thin drinks … 7 regular food) where the dish is
 *     texture-modified or suitable for a texture-modified diet; null where the scale does not apply
 */
public record MenuItemDetails(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Size(max = 2000) String description,
    @NotBlank @Size(max = 40) String category,
    @NotBlank @Size(max = 60) String portionSize,
    @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal price,
    @NotNull Set<@NotNull Allergen> allergens,
    @NotNull Set<@NotNull Allergen> mayContain,
    @NotNull Set<@NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String> dietTags,
    @Min(0) @Max(7) Integer iddsiLevel,
    @NotNull @Valid Nutrition nutrition,
    boolean active) {

  public MenuItemDetails {
    allergens = allergens == null ? null : Set.copyOf(allergens);
    mayContain = mayContain == null ? null : Set.copyOf(mayContain);
    dietTags = dietTags == null ? null : Set.copyOf(dietTags);
  }
}
