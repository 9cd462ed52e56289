package org.trayflow.platform;

import java.util.Locale;

/**
 * The one locale in which Trayflow writes dates, times and numbers, on screens, printed sheets and
 * the API's messages alike: as the hospitals it serves write them, on a 24-hour clock, day before
 * month, whatever the server's or the browser's own language. Nothing formats with the JVM's
 * default locale; a notification in another language formats in that language.
 */
public final class HospitalLocale {

  /** British English: 17:00, Tue 1 Dec, 1,234.50. */
  public static final Locale FORMATS = Locale.UK;

  private HospitalLocale() {}
}
