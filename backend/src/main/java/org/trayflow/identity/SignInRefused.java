package org.trayflow.identity;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * A sign-in that did not succeed. The message is the same for an unknown name, a wrong password and
 * a deactivated account, so that it cannot be used to find out who has an account.
 */
public class SignInRefused extends ExpectedFailure {

  SignInRefused() {
    super(
        Kind.UNAUTHENTICATED,
        "sign-in-refused",
        "The user name or password is not right.",
        List.of(),
        Wording.of("sign-in-refused"));
  }
}
