package org.trayflow.menus;

import org.trayflow.platform.ExpectedFailure;

/** No dish of the caller's tenant has that id (another tenant's dish is not told apart). */
public class MenuItemNotFound extends ExpectedFailure {

  MenuItemNotFound(long id) {
    super(Kind.NOT_FOUND, "menu-item-not-found", "There is no menu item " + id + ".");
  }
}
