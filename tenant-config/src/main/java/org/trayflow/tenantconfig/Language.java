package org.trayflow.tenantconfig;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Trayflow writes in (screens, messages, notifications), by their ISO 639 codes: a
 * hospital's locale and each person's choice are one of these.
 */
public enum Language {
  ENGLISH("en"),
  FRENCH("fr");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }

  /**
   * The language a health record names for a patient, however it codes it: ISO 639-1 ("fr"), ISO
   * 639-2 in its terminology or bibliographic form ("fra", "fre"), or a BCP 47 tag ("fr-CA"), in
   * any case; empty for a language Trayflow does not write, or none.
   */
  public static Optional<Language> fromRecord(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Arrays.stream(values())
        .filter(
            language ->
                language.code.equals(primary)
                    || Locale.forLanguageTag(language.code).getISO3Language().equals(primary)
                    || language.bibliographic().equals(primary))
        .findFirst();
  }

  /** ISO 639-2/B, which HL7 v2 feeds often send: "fre" where 639-2/T writes "fra". */
  private String bibliographic() {
    return this == FRENCH ? "fre" : Locale.forLanguageTag(code).getISO3Language();
  }

  /** The locale of a hospital that names none. */
  public static final String DEFAULT_HOSPITAL_LOCALE = "en-GB";

  /** What a hospital's locale must be, for those who write one. */
  public static final String LOCALE_FORM =
      "a language ("
          + String.join(" or ", codes())
          + ") and the hospital's country, such as en-GB, en-US or fr-FR";

  /**
   * A hospital's locale from its tag: a language Trayflow writes in and a country, written as BCP
   * 47 writes them (fr-FR, not fr_FR or fr-fr), nothing else.
   */
  public static Optional<Locale> hospitalLocale(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    boolean wellFormed =
        of(locale.getLanguage()).isPresent()
            && !locale.getCountry().isEmpty()
            && new Locale(locale.getLanguage(), locale.getCountry()).toLanguageTag().equals(tag);
    return wellFormed ? Optional.of(locale) : Optional.empty();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Language::code).toList();
  }
}
