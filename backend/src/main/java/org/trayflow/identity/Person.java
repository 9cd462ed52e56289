package org.trayflow.identity;

import java.util.Set;

/** Someone of the hospital organisation who may sign in, as their administrators see them. */
public record Person(String username, String displayName, Set<Role> roles, boolean active) {

  public Person {
    roles = Set.copyOf(roles);
  }
}
