package org.trayflow.identity;

import java.time.Instant;
import java.util.Set;

/** An API client as its tenant's administrators see it; never its secret. */
public record ApiClientSummary(
    String clientId, String name, Set<Role> roles, boolean active, Instant createdAt) {

  public ApiClientSummary {
    roles = Set.copyOf(roles);
  }
}
