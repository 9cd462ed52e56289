package org.trayflow.tenantconfig;

import java.net.URI;

/**
 * The hospital's own identity provider (OpenID Connect), for hospitals whose staff sign in with
 * their hospital account instead of a Trayflow password ({@code docs/openid-connect.md}).
 *
 * @param issuer the provider's issuer identifier, exactly as it appears in its ID tokens
 * @param usernameClaim the ID-token claim that holds the Trayflow user name of the person (often
 *     {@code email})
 */
public record HospitalIdentityProvider(URI issuer, String usernameClaim) {

  /**
   * Plain HTTP is accepted for a provider on this machine only (a development or test provider).
   */
  static boolean isAcceptableIssuer(URI issuer) {
    if (!issuer.isAbsolute()
        || issuer.getHost() == null
        || issuer.getQuery() != null
        || issuer.getFragment() != null) {
      return false;
    }
    return "https".equals(issuer.getScheme())
        || "http".equals(issuer.getScheme())
            && ("localhost".equals(issuer.getHost()) || "127.0.0.1".equals(issuer.getHost()));
  }
}
