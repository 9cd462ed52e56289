package org.trayflow.ordering;

import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.trayflow.identity.Role;
import org.trayflow.identity.SignedInUser;

/**
 * Who places or cancels an order: the person whose orders it joins, and the roles that say what
 * they may order (a patient's meal only by those who care for patients).
 */
public record Orderer(@NotBlank String username, Set<Role> roles) {

  public Orderer {
    roles = Set.copyOf(roles);
  }

  /** Someone signed in to the web UI. */
  public static Orderer of(SignedInUser user) {
    return new Orderer(user.username(), user.roles());
  }
}
