package org.trayflow.payments;

import org.trayflow.platform.ExpectedFailure;

/** A top-up at a hospital whose staff do not pay from wallets. */
public class NoWallets extends ExpectedFailure {

  NoWallets() {
    super(
        Kind.CONFLICT,
        "no-wallets",
        "Staff of this hospital do not pay from a wallet, so there is nothing to top up.");
  }
}
