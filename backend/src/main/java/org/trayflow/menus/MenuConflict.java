package org.trayflow.menus;

import org.trayflow.platform.ExpectedFailure;

/**
 * A change that the menu's state forbids: a published version is history and never changes, and a
 * draft belongs to one site.
 */
public class MenuConflict extends ExpectedFailure {

  private MenuConflict(String type, String message) {
    super(Kind.CONFLICT, type, message);
  }

  static MenuConflict alreadyPublished(long id, int version) {
    return new MenuConflict(
        "menu-already-published",
        "Menu "
            + id
            + " is published (version "
            + version
            + ") and cannot change; plan a new draft of its week.");
  }

  static MenuConflict ofAnotherSite(long id, String site) {
    return new MenuConflict(
        "menu-of-another-site", "Menu " + id + " is not a menu of site '" + site + "'.");
  }

  static MenuConflict draftNotEmpty(String site, MenuWeek week) {
    return new MenuConflict(
        "menu-draft-not-empty",
        "The draft of "
            + site
            + " for the week of "
            + week.monday()
            + " already has dishes; copying would mix two weeks.");
  }
}
