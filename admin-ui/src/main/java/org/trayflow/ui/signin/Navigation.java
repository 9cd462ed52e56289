package org.trayflow.ui.signin;

import org.trayflow.identity.SignedInUser;

/** Menus show only the views a person's roles open, by the same rule the access guard enforces. */
public final class Navigation {

  private Navigation() {}

  public static boolean mayOpen(SignedInUser user, Class<?> view) {
    return AccessGuard.mayEnter(user, view);
  }
}
