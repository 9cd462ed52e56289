package org.trayflow.payments;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * An amount that is not one a till could take: nought or less, or finer than the currency's coins.
 */
public class InvalidAmount extends ExpectedFailure {

  InvalidAmount(String reason) {
    super(
        Kind.INVALID,
        "invalid-amount",
        "The amount " + reason + ".",
        List.of(new Detail("amount", reason)));
  }
}
