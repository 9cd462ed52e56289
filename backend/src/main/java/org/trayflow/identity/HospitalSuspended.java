package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.Wording;

/**
 * The password was right, but the platform suspended the person's hospital: nobody of it signs in
 * until it is reactivated. Said only after the password matched, so that it tells a stranger
 * nothing.
 */
public class HospitalSuspended extends ExpectedFailure {

  HospitalSuspended() {
    super(
        Kind.FORBIDDEN,
        "hospital-suspended",
        "Trayflow is suspended for your hospital, so nobody of it can sign in"
            + " for now. Your hospital's Trayflow administrator knows why and when it will be back.",
        java.util.List.of(),
        Wording.of("hospital-suspended"));
  }
}
