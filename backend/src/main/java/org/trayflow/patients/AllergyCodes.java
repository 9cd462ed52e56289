package org.trayflow.patients;

import java.util.Locale;
import java.util.Optional;
import org.trayflow.menus.Allergen;

/**
 * Reads an allergy as the hospital's record writes it — an EU/UK word ({@code tree-nuts}, {@code
 * Tree nuts}) or a US major food allergen ({@code wheat}, {@code crustacean shellfish}, {@code
 * soy}) — as one of the declared allergens that dishes carry. An allergy that is none of them stays
 * text: shown to everyone, checked by people.
 */
public final class AllergyCodes {

  private AllergyCodes() {}

  public static Optional<Allergen> allergen(String code) {
    String word = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    Optional<Allergen> declared = Allergen.fromWord(word);
    if (declared.isPresent()) {
      return declared;
    }
    for (Allergen allergen : Allergen.values()) {
      if (allergen
          .usMajorAllergen()
          .map(us -> us.replace(' ', '-'))
          .filter(word::equals)
          .isPresent()) {
        return Optional.of(allergen);
      }
    }
    return switch (word) {
      case "gluten", "cereals", "wheat-gluten" -> Optional.of(Allergen.CEREALS_CONTAINING_GLUTEN);
      case "soy", "soya", "soybean" -> Optional.of(Allergen.SOYBEANS);
      case "peanut", "groundnut", "groundnuts" -> Optional.of(Allergen.PEANUTS);
      case "nuts", "tree-nut" -> Optional.of(Allergen.TREE_NUTS);
      case "egg" -> Optional.of(Allergen.EGGS);
      case "shellfish" -> Optional.of(Allergen.CRUSTACEANS);
      case "sulphur-dioxide", "sulfites", "sulfur-dioxide" -> Optional.of(Allergen.SULPHITES);
      case "dairy", "cow's-milk", "lactose-allergy" -> Optional.of(Allergen.MILK);
      default -> Optional.empty();
    };
  }
}
