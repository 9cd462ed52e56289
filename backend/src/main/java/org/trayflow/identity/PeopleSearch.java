package org.trayflow.identity;

import java.util.Optional;

/**
 * Which people an administrator is looking for; each part left out matches everyone.
 *
 * @param text part of a user name, name or e-mail address, in any case
 */
public record PeopleSearch(
    Optional<String> text, Optional<Role> role, Optional<String> site, Optional<Boolean> active) {

  /** A hospital's list shows at most this many at once; a search finds the rest. */
  public static final int MOST = 500;

  public static final PeopleSearch EVERYONE =
      new PeopleSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public PeopleSearch {
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    site = site.map(String::strip).filter(s -> !s.isEmpty());
  }
}
