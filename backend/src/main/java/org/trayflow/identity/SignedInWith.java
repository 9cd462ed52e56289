package org.trayflow.identity;

/**
 * What a principal proved who they are with, which decides what they must or may do about their
 * password.
 */
public enum SignedInWith {
  /** A password the person chose. */
  OWN_PASSWORD,
  /**
   * A first or reset password that Trayflow chose and an administrator handed over: until the
   * person chooses their own, choosing it is all this sign-in may do.
   */
  GIVEN_PASSWORD,
  /** Their hospital's identity provider vouched for them; Trayflow holds no password they know. */
  HOSPITAL_ACCOUNT,
  /** An API client's secret. */
  CLIENT_SECRET
}
