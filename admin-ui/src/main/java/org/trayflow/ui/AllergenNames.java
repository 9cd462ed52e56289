package org.trayflow.ui;

import org.trayflow.menus.Allergen;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.Language;

/**
 * An allergen as the reader calls it: in English, the hospital's scheme's own name ("Cereals
 * containing gluten" in the EU and UK, "Wheat" in the US); in another language, the name its food
 * law gives the same allergen (the French of the EU regulation), from the screen's words.
 */
public final class AllergenNames {

  private AllergenNames() {}

  public static String of(Allergen allergen, Scheme scheme) {
    return Times.locale().getLanguage().equals(Language.ENGLISH.code())
        ? allergen.nameIn(scheme)
        : Translations.words("allergen." + allergen.word());
  }
}
