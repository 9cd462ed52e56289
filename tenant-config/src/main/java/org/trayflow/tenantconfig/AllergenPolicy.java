package org.trayflow.tenantconfig;

/**
 * Which allergen list menu items are labelled with, whether an item may be published without a
 * declaration (never, in most hospitals), and what a "may contain" label means for a patient
 * allergic to it.
 */
public record AllergenPolicy(Scheme scheme, boolean declarationRequired, MayContain mayContain) {

  /** The regulatory allergen lists. */
  public enum Scheme implements ConfigurationWord {
    /** The 14 allergens of EU FIC 1169/2011 and UK law. */
    EU_14,
    /** The 9 major food allergens of the US (FALCPA and the FASTER Act). */
    US_9
  }

  /** A precautionary label ("may contain X") on a dish, for a patient allergic to X. */
  public enum MayContain implements ConfigurationWord {
    /** Not served: the default, as a trace can be enough for anaphylaxis. */
    REFUSE,
    /** Served; the label is still shown to whoever orders. */
    SERVE
  }
}
