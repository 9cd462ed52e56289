package org.trayflow.identity;

import org.trayflow.platform.ExpectedFailure;

/** A staff list that is not a CSV file of people at all; the message says what is missing. */
public class StaffListUnreadable extends ExpectedFailure {

  StaffListUnreadable(String message) {
    super(Kind.INVALID, "staff-list-unreadable", message);
  }
}
