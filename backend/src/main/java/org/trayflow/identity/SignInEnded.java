package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * A token or session issued before its holder's credentials changed (roles, deactivation, password
 * reset, a revoked client). Says no more than that, to whoever holds it.
 */
public class SignInEnded extends ExpectedFailure {

  public SignInEnded() {
    super(Kind.UNAUTHENTICATED, "sign-in-ended", "This sign-in is no longer valid: sign in again.");
  }
}
