package org.trayflow.patients;

import java.util.EnumSet;
import java.util.Set;
import org.trayflow.menus.Allergen;

/**
 * A patient's allergies as the record or a dietitian declares them: the full list, replacing the
 * one before.
 */
public record Allergies(Set<Allergen> declared, String other) {

  public Allergies {
    declared = Set.copyOf(declared);
    other = other == null ? "" : other.strip();
  }

  /** Codes as written in the record: those naming a declared allergen, the rest kept as text. */
  public static Allergies fromCodes(Iterable<String> codes, String otherText) {
    EnumSet<Allergen> declared = EnumSet.noneOf(Allergen.class);
    StringBuilder other = new StringBuilder(otherText == null ? "" : otherText.strip());
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      AllergyCodes.allergen(code)
          .ifPresentOrElse(
              declared::add,
              () -> {
                if (!other.isEmpty()) {
                  other.append("; ");
                }
                other.append(code.strip());
              });
    }
    return new Allergies(declared, other.toString());
  }
}
