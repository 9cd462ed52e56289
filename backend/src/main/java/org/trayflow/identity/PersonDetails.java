package org.trayflow.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Who someone is, how to reach them and where they work, as an administrator corrects it.
 *
 * @param sites the slugs of the sites they work at
 */
public record PersonDetails(
    String displayName, Optional<String> email, String language, Set<String> sites) {

  public PersonDetails {
    sites = Set.copyOf(sites);
  }
}
