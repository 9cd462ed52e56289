package org.trayflow.menus;

import java.util.Optional;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

/**
 * The 14 allergens that EU and UK food law requires caterers to declare, each with the US major
 * food allergen (FALCPA + FASTER Act, nine in all) that covers it, for tenants on the {@code us-9}
 * scheme. Celery, lupin, molluscs, mustard and sulphites have no US counterpart; the US "wheat" is
 * the EU's cereals containing gluten.
 */
public enum Allergen {
  CELERY(null),
  CEREALS_CONTAINING_GLUTEN("wheat"),
  CRUSTACEANS("crustacean shellfish"),
  EGGS("eggs"),
  FISH("fish"),
  LUPIN(null),
  MILK("milk"),
  MOLLUSCS(null),
  MUSTARD(null),
  TREE_NUTS("tree nuts"),
  PEANUTS("peanuts"),
  SESAME("sesame"),
  SOYBEANS("soybeans"),
  SULPHITES(null);

  private final String usMajorAllergen;

  Allergen(String usMajorAllergen) {
    this.usMajorAllergen = usMajorAllergen;
  }

  /** The US major food allergen this one is declared as, where there is one. */
  public Optional<String> usMajorAllergen() {
    return Optional.ofNullable(usMajorAllergen);
  }

  /**
   * The allergen as people of a hospital on this scheme call it: "Cereals containing gluten" in the
   * EU and UK, "Wheat" in the US. Those with no US counterpart keep their EU name, spelt as
   * Americans spell it.
   */
  public String nameIn(Scheme scheme) {
    if (scheme == Scheme.US_9) {
      return switch (this) {
        case SULPHITES -> "Sulfites";
        case MOLLUSCS -> "Mollusks";
        default ->
            usMajorAllergen().map(Allergen::capitalised).orElseGet(() -> capitalised(spoken()));
      };
    }
    return this == SULPHITES ? "Sulphur dioxide and sulphites" : capitalised(spoken());
  }

  /** Whether the scheme's law requires this allergen to be declared. */
  public boolean declaredUnder(Scheme scheme) {
    return scheme == Scheme.EU_14 || usMajorAllergen().isPresent();
  }

  private String spoken() {
    return word().replace('-', ' ');
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The word used in the API and files: {@code tree-nuts}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static Optional<Allergen> fromWord(String word) {
    for (Allergen allergen : values()) {
      if (allergen.word().equals(word)) {
        return Optional.of(allergen);
      }
    }
    return Optional.empty();
  }
}
