package org.trayflow.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a staff list, as read and checked: the person it would add, and every problem that
 * stops it.
 *
 * @param line the row's line in the file (the header is line 1), as the administrator's spreadsheet
 *     numbers it
 */
public record StaffRow(
    int line,
    String username,
    String displayName,
    Optional<String> email,
    String language,
    Set<String> sites,
    Set<Role> roles,
    List<String> problems) {

  public StaffRow {
    roles = Set.copyOf(roles);
    sites = Set.copyOf(sites);
    problems = List.copyOf(problems);
  }

  public boolean good() {
    return problems.isEmpty();
  }
}
