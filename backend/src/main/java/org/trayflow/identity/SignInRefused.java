package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * A sign-in that did not succeed. The message is the same for an unknown name, a wrong password and
 * a deactivated account, so that it cannot be used to find out who has an account.
 */
public class SignInRefused extends ExpectedFailure {

  SignInRefused() {
    super(Kind.UNAUTHENTICATED, "sign-in-refused", "The user name or password is not right.");
  }
}
