package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import org.trayflow.tenantconfig.Slug;

/**
 * Marks fields left empty or not in the form of a short name, before anything is sent to be
 * checked.
 */
final class Required {

  private Required() {}

  static boolean filled(HasValidation field, boolean filled) {
    if (!filled) {
      field.setErrorMessage(words("admin.required"));
    }
    field.setInvalid(!filled);
    return filled;
  }

  static boolean wellFormedSlug(TextField field) {
    if (Slug.isWellFormed(field.getValue())) {
      return true;
    }
    field.setErrorMessage(Slug.describeForm());
    field.setInvalid(true);
    return false;
  }
}
