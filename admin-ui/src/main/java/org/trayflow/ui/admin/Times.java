package org.trayflow.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.trayflow.identity.SignedInUser;

/** Instants shown as a person reads them: in their hospital's time zone, to the minute. */
final class Times {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Times() {}

  static String local(Instant instant, SignedInUser user) {
    return FORMAT.format(instant.atZone(user.timeZone().orElse(ZoneId.of("UTC"))));
  }
}
