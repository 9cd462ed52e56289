package org.trayflow.ordering.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.trayflow.identity.Role;
import org.trayflow.ordering.Orderer;

/** The caller of an ordering endpoint, as the checkout needs them. */
final class Callers {

  private Callers() {}

  static Orderer orderer(SecurityContext caller) {
    return new Orderer(
        caller.getUserPrincipal().getName(),
        Arrays.stream(Role.values())
            .filter(role -> caller.isUserInRole(role.name()))
            .collect(Collectors.toSet()));
  }
}
