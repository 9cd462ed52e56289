package org.trayflow.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.trayflow.identity.SignedInUser;
import org.trayflow.platform.HospitalLocale;

/**
 * Times and days as every screen writes them: in the hospital's time zone and formats ({@link
 * HospitalFormats}), on a 24-hour clock. Views use these and no formatter of their own.
 */
public final class Times {

  /** "2026-12-01 17:05", where a full date is needed (logs, histories). */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", HospitalLocale.FORMATS);

  /** "Tue 1 Dec". */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", HospitalLocale.FORMATS);

  /** "Tue 1 Dec 17:05". */
  public static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", HospitalLocale.FORMATS);

  /** "17:05". */
  public static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm", HospitalLocale.FORMATS);

  private Times() {}

  public static String local(Instant instant, SignedInUser user) {
    return DATE_TIME.format(instant.atZone(zoneOf(user)));
  }

  /** The hospital's zone (UTC for platform staff, who have none), as a column heading names it. */
  public static ZoneId zoneOf(SignedInUser user) {
    return user.timeZone().orElse(ZoneId.of("UTC"));
  }
}
