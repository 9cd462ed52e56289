package org.trayflow.patients.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 v2 times ({@code 202611241130}, {@code 20261124113000+0000}); without an offset, the
 * hospital's own time.
 */
final class Hl7Time {

  private static final Pattern TS =
      Pattern.compile("(\\d{8})(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.\\d{1,4})?([+-]\\d{4})?");

  private Hl7Time() {}

  /**
   * @return null for an empty field
   */
  static Instant instant(String value, ZoneId hospital) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = TS.matcher(value.strip());
    if (!m.matches()) {
      throw new RecordProblem("'" + value + "' is not an HL7 time (YYYYMMDDHHMM[SS][+ZZZZ])");
    }
    try {
      LocalDateTime local =
          LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE)
              .atTime(number(m.group(2)), number(m.group(3)), number(m.group(4)));
      ZoneId zone =
          m.group(5) == null
              ? hospital
              : ZoneOffset.of(m.group(5).substring(0, 3) + ":" + m.group(5).substring(3));
      return local.atZone(zone).toInstant();
    } catch (DateTimeException noSuchTime) {
      throw new RecordProblem(
          "'"
              + value
              + "' is not a time that exists (month, day, hour, minute or offset out of"
              + " range)");
    }
  }

  static LocalDate date(String value) {
    if (value == null || value.length() < 8) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeException e) {
      throw new RecordProblem("'" + value + "' is not an HL7 date (YYYYMMDD)");
    }
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
