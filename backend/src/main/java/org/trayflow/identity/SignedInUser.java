package org.trayflow.identity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in: enough to scope every request to their tenant and to decide what they may see.
 * Kept in the HTTP session, hence serializable.
 *
 * @param tenantId absent for platform staff, as are the tenant's slug and time zone
 */
public record SignedInUser(
    long userId, String username, String displayName, Optional<Long> tenantId, Optional<String> tenantSlug,
    Optional<ZoneId> timeZone, Set<Role> roles) implements Serializable {

  public SignedInUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
