package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * This installation has no token signing key (trayflow.jwt.private-key): the API cannot issue
 * tokens.
 */
public class TokensNotConfigured extends ExpectedFailure {

  TokensNotConfigured() {
    super(
        Kind.UNAVAILABLE,
        "tokens-not-configured",
        "This installation issues no API tokens: its signing key (TRAYFLOW_JWT_PRIVATE_KEY) is not configured.");
  }
}
