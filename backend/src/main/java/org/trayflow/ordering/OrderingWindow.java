package org.trayflow.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.MealPeriod;

/**
 * When one day's meal can be ordered and changed, in the hospital's own time zone whatever the
 * server's: new orders from {@code opens} until {@code closes}, cancellations until {@code cutOff}.
 */
public record OrderingWindow(ZonedDateTime opens, ZonedDateTime closes, ZonedDateTime cutOff) {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", HospitalLocale.FORMATS);

  public static OrderingWindow of(MealPeriod meal, LocalDate serviceDate, ZoneId zone) {
    return new OrderingWindow(
        meal.orderingOpens().on(serviceDate).atZone(zone),
        meal.orderingCloses().on(serviceDate).atZone(zone),
        meal.cutOff().on(serviceDate).atZone(zone));
  }

  public boolean acceptsOrdersAt(Instant now) {
    return !now.isBefore(opens.toInstant()) && now.isBefore(closes.toInstant());
  }

  /** A late tray: after ordering closed, within the hospital's minutes for it. */
  public boolean acceptsLateTraysAt(Instant now, int lateTrayMinutes) {
    return !now.isBefore(closes.toInstant())
        && now.isBefore(lateTraysUntil(lateTrayMinutes).toInstant());
  }

  public ZonedDateTime lateTraysUntil(int lateTrayMinutes) {
    return closes.plusMinutes(lateTrayMinutes);
  }

  public boolean acceptsCancellationsAt(Instant now) {
    return now.isBefore(cutOff.toInstant());
  }

  /** "from Tue 24 Nov 12:00 until Wed 25 Nov 11:00 (Europe/London)" */
  public String describe() {
    return "from "
        + MOMENT.format(opens)
        + " until "
        + MOMENT.format(closes)
        + " ("
        + opens.getZone()
        + ")";
  }

  public String describeCutOff() {
    return MOMENT.format(cutOff) + " (" + cutOff.getZone() + ")";
  }
}
