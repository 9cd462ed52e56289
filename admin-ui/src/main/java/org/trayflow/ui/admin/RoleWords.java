package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import org.trayflow.identity.Role;

/** A role as the administrator reads it ("Ward staff", "Personnel de service"). */
final class RoleWords {

  private RoleWords() {}

  static String of(Role role) {
    return words("role." + role.name());
  }
}
