package org.trayflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.trayflow.identity.SignedInUser;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * Times and days as every screen writes them: in the hospital's time zone, in the reader's locale
 * ({@link HospitalFormats}), on a 24-hour clock. The patterns are words like any other ({@link
 * Translations}): "Tue 1 Dec" in Britain, "Tue, Dec 1" in the United States, "mar. 1 déc." in
 * French. Views use these and no formatter of their own.
 */
public final class Times {

  private Times() {}

  /** "2026-12-01 17:05", where a full date is needed (logs, histories). */
  public static DateTimeFormatter dateTime() {
    return pattern("format.dateTime");
  }

  /** "Tue 1 Dec". */
  public static DateTimeFormatter day() {
    return pattern("format.day");
  }

  /** "Tue 1 Dec 17:05". */
  public static DateTimeFormatter dayTime() {
    return pattern("format.dayTime");
  }

  /** "17:05". */
  public static DateTimeFormatter clock() {
    return pattern("format.clock");
  }

  /**
   * "Times are New Zealand Time.": said on every screen that shows a cut-off or a window, since the
   * person reading may be elsewhere (a relative abroad, a manager on another site's clock).
   */
  public static String zoneSentence(ZoneId zone) {
    return Translations.words("times.zone", zone.getDisplayName(TextStyle.FULL, locale()));
  }

  /** The hospital's zone sentence as a paragraph, above the times a screen lists. */
  public static Paragraph zoneParagraph(TenantConfigurations hospital) {
    Paragraph zone = new Paragraph(zoneSentence(hospital.configuration().orElseThrow().timeZone()));
    zone.addClassName("zone-sentence");
    return zone;
  }

  public static String local(Instant instant, SignedInUser user) {
    return dateTime().format(instant.atZone(zoneOf(user)));
  }

  /** The hospital's zone (UTC for platform staff, who have none), as a column heading names it. */
  public static ZoneId zoneOf(SignedInUser user) {
    return user.timeZone().orElse(ZoneId.of("UTC"));
  }

  /** The reader's: their UI's locale, British English outside a screen. */
  public static Locale locale() {
    UI ui = UI.getCurrent();
    return ui == null ? HospitalLocale.FORMATS : ui.getLocale();
  }

  private static DateTimeFormatter pattern(String key) {
    Locale locale = locale();
    return DateTimeFormatter.ofPattern(Translations.bundle(locale).getString(key), locale);
  }
}
