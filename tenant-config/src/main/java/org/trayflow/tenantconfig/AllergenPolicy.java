package org.trayflow.tenantconfig;

/**
 * Which allergen list menu items are labelled with, and whether an item may be published without a
 * declaration (never, in most hospitals).
 */
public record AllergenPolicy(Scheme scheme, boolean declarationRequired) {

  /** The regulatory allergen lists. */
  public enum Scheme implements ConfigurationWord {
    /** The 14 allergens of EU FIC 1169/2011 and UK law. */
    EU_14,
    /** The 9 major food allergens of the US (FALCPA and the FASTER Act). */
    US_9
  }
}
