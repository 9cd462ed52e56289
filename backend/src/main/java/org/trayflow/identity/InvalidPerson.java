package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/** A person that cannot be added or changed as asked: the message says which rule. */
public class InvalidPerson extends ExpectedFailure {

  InvalidPerson(String message) {
    super(Kind.INVALID, "invalid-person", message);
  }
}
