package org.trayflow.identity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in: enough to scope every request to their tenant and to decide what they may see.
 * Kept in the HTTP session, hence serializable.
 *
 * @param username the principal's name, unique across tenants ({@code client:…} for an API client)
 * @param tenantId absent for platform staff, as are the tenant's slug and time zone
 * @param credentialVersion the version of their credentials this sign-in was made under: once it is older than
 *     the newest, the sign-in is over (CredentialVersions)
 */
public record SignedInUser(
    long userId, String username, String displayName, Optional<Long> tenantId, Optional<String> tenantSlug,
    Optional<ZoneId> timeZone, Set<Role> roles, int credentialVersion) implements Serializable {

  public SignedInUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
