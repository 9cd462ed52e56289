package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import org.trayflow.audit.AuditActions;

/**
 * An audit action in the reader's words. The log itself and its export keep the audit's own English
 * ({@link AuditActions}); an action no feature has named yet reads as those words here too.
 */
final class AuditWords {

  private AuditWords() {}

  static String of(String action) {
    return AuditActions.known().containsKey(action)
        ? words("audit.action." + action)
        : AuditActions.inWords(action);
  }
}
