package org.trayflow.ordering;

import java.util.List;
import org.trayflow.platform.ExpectedFailure;

/**
 * The Idempotency-Key was used before for a different order: a client bug, never to be taken as a
 * new order.
 */
public class IdempotencyKeyReused extends ExpectedFailure {

  IdempotencyKeyReused() {
    super(
        Kind.INVALID,
        "idempotency-key-reused",
        "This Idempotency-Key was already used for a different order.",
        List.of(
            new Detail(
                "Idempotency-Key", "already used for a different order; use a new key per order")));
  }
}
