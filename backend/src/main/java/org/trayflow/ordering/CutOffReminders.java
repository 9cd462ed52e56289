package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.trayflow.notifications.Outbox;
import org.trayflow.ordering.persistence.OrderHabits;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.NotificationKind;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * An hour before ordering for a meal closes, a reminder to each person who usually orders it (three
 * times in the last two weeks) and has not yet: one per person and meal, however often this runs.
 */
@ApplicationScoped
public class CutOffReminders {

  static final Duration AHEAD = Duration.ofHours(1);
  private static final int USUALLY = 3;
  private static final int LOOKING_BACK_DAYS = 14;

  @Inject OrderHabits habits;
  @Inject Sites sites;
  @Inject Outbox outbox;

  /**
   * @return reminders written now (none for people reminded already)
   */
  @Transactional
  public int remind(TenantConfiguration hospital, Instant now) {
    LocalDate today = now.atZone(hospital.timeZone()).toLocalDate();
    Map<Long, String> siteSlugs = null;
    int written = 0;
    for (LocalDate day : new LocalDate[] {today, today.plusDays(1)}) {
      for (MealPeriod meal : hospital.mealPeriods()) {
        ZonedDateTime closes = meal.orderingCloses().on(day).atZone(hospital.timeZone());
        if (now.isBefore(closes.toInstant().minus(AHEAD)) || !now.isBefore(closes.toInstant())) {
          continue;
        }
        if (siteSlugs == null) {
          siteSlugs = sites.slugsById();
        }
        for (OrderHabits.UsualOrderer usual :
            habits.usualOrderersNotYetOrdered(meal.id().value(), day, LOOKING_BACK_DAYS, USUALLY)) {
          if (outbox.addOnce(
              NotificationKind.CUT_OFF_REMINDER,
              usual.siteId(),
              Json.createObjectBuilder()
                  .add("recipient", usual.orderer())
                  .add("site", siteSlugs.getOrDefault(usual.siteId(), ""))
                  .add("serviceDate", day.toString())
                  .add("mealPeriod", meal.id().value())
                  .add(
                      "closesAt",
                      closes.format(DateTimeFormatter.ofPattern("HH:mm", HospitalLocale.FORMATS)))
                  .build(),
              now,
              "cut-off-reminder:" + day + ":" + meal.id().value() + ":" + usual.orderer())) {
            written++;
          }
        }
      }
    }
    return written;
  }
}
