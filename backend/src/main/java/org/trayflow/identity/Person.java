package org.trayflow.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Someone of the hospital organisation who may sign in, as their administrators see them.
 *
 * @param sites the slugs of the sites they work at, as far as the hospital said
 * @param mustChoosePassword they were given a first or reset password and have not yet chosen their
 *     own
 */
public record Person(
    String username,
    String displayName,
    Optional<String> email,
    String language,
    Set<String> sites,
    Set<Role> roles,
    boolean active,
    boolean mustChoosePassword,
    Optional<Instant> lastSignedInAt) {

  public Person {
    roles = Set.copyOf(roles);
    sites = Set.copyOf(sites);
  }
}
