package org.trayflow.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which entries of the audit log to show; each part left out matches every entry.
 *
 * @param actor who did it (their user name)
 * @param action the action's key
 * @param from inclusive; {@code to} exclusive
 * @param text part of the detail or of who did it, in any case
 */
public record AuditSearch(
    Optional<String> actor,
    Optional<String> action,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> text) {

  public static final AuditSearch EVERYTHING =
      new AuditSearch(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public AuditSearch {
    actor = actor.map(String::strip).filter(a -> !a.isEmpty());
    action = action.map(String::strip).filter(a -> !a.isEmpty());
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }
}
