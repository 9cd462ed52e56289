package org.trayflow.ui.wards;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.html.Div;
import org.trayflow.patients.Patient;

/**
 * A patient's allergy that Trayflow cannot check (free text, such as "kiwi"), in red wherever the
 * patient is ordered for, saying plainly that people must check it: the guard is silent about it,
 * so the screen is not.
 */
final class UncheckedAllergy {

  private UncheckedAllergy() {}

  static Div of(Patient patient) {
    Div warning = new Div();
    warning.setText(words("uncheckedAllergy", patient.otherAllergies()));
    warning.addClassName("unchecked-allergy");
    warning
        .getStyle()
        .set("color", "var(--lumo-error-text-color)")
        .set("font-weight", "600")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("border-left", "4px solid var(--lumo-error-color)")
        .set("padding-left", "0.5em")
        .set("margin", "0.25em 0");
    return warning;
  }
}
