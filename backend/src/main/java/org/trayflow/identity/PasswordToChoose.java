package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * A token asked for with a first or reset password: the person chooses their own before anything
 * else.
 */
public class PasswordToChoose extends ExpectedFailure {

  public PasswordToChoose() {
    super(
        Kind.FORBIDDEN,
        "password-to-choose",
        "This password was given to you to sign in once. Choose your own"
            + " first: sign in on the web, or send it with the new one to /api/v1/auth/password.");
  }
}
