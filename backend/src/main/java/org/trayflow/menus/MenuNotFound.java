package org.trayflow.menus;

import org.trayflow.platform.ExpectedFailure;

/** No menu of the caller's tenant matches (another tenant's menu is not told apart). */
public class MenuNotFound extends ExpectedFailure {

  MenuNotFound(String what) {
    super(Kind.NOT_FOUND, "menu-not-found", "There is no " + what + ".");
  }
}
