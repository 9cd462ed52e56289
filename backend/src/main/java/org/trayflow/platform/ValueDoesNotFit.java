package org.trayflow.platform;

/**
 * A value PostgreSQL would not store (text longer than its column, a number past its type, a date
 * it cannot hold) that no check before it caught. The transaction was rolled back whole; the caller
 * hears that the value does not fit (400), not that Trayflow failed. The checks on each request
 * (Bean Validation, platform.rest.TextGuard) name the field; this is the net under them.
 */
public final class ValueDoesNotFit extends ExpectedFailure {

  ValueDoesNotFit() {
    super(
        Kind.MALFORMED,
        "value-does-not-fit",
        "A value is longer, larger or further off than Trayflow can keep"
            + " (a name of a few hundred characters at most, numbers and dates within reason); nothing was saved.");
  }
}
