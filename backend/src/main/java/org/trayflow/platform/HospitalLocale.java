package org.trayflow.platform;

import java.util.Locale;

/**
 * Which locale Trayflow writes dates, times and numbers in. A person's screens: their own language
 * with their hospital's country ({@link #forPerson}), so that a French-speaking nurse at a London
 * hospital reads French words, and the hospital's configured locale (en-GB, en-US, fr-FR…) decides
 * the rest. Where no person reads (printed sheets, the API's messages, platform staff), British
 * English. Nothing formats with the JVM's default locale; a notification in another language
 * formats in that language.
 */
public final class HospitalLocale {

  /** British English: 17:00, Tue 1 Dec, 1,234.50. */
  public static final Locale FORMATS = Locale.UK;

  private HospitalLocale() {}

  /**
   * @param language the person's (ISO 639, one Trayflow writes in)
   * @param hospital the hospital's configured locale
   */
  public static Locale forPerson(String language, Locale hospital) {
    return new Locale.Builder().setLanguage(language).setRegion(hospital.getCountry()).build();
  }
}
