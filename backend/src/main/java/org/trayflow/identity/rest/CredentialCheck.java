package org.trayflow.identity.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.trayflow.identity.AccessTokens;
import org.trayflow.identity.CredentialVersions;
import org.trayflow.identity.SignInEnded;

/**
 * Refuses a bearer token issued under credentials that have changed since (decision 0014), before
 * anything else looks at the request: a revoked client or a deactivated person is refused on their
 * very next request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CredentialCheck implements ContainerRequestFilter {

  @Inject CredentialVersions versions;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token
        && !versions.stillValid(token.getName(), versionOf(token))) {
      throw new SignInEnded();
    }
  }

  /** Tokens issued before versions existed carry none: version 0. */
  private static int versionOf(JsonWebToken token) {
    Object claim = token.getClaim(AccessTokens.CREDENTIAL_VERSION);
    if (claim instanceof JsonNumber number) {
      return number.intValue();
    }
    return claim instanceof Number number ? number.intValue() : 0;
  }
}
