package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/**
 * A sign-in through a hospital's identity provider that Trayflow does not accept. The person has
 * already proven who they are to their hospital, so the message may say why.
 */
public class HospitalSignInRefused extends ExpectedFailure {

  HospitalSignInRefused(String message) {
    super(Kind.UNAUTHENTICATED, "hospital-sign-in-refused", message);
  }
}
