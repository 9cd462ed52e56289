package org.trayflow.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.trayflow.platform.persistence.NativeRows;
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

  @Inject EntityManager em;
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
          siteSlugs =
              NativeRows.of(em.createNativeQuery("select id, slug from site"))
                  .collect(
                      Collectors.toMap(
                          row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
        }
        for (Object[] usual :
            NativeRows.of(
                    em.createNativeQuery(
                            "select o.orderer, o.site_id from orders o"
                                + " where o.meal_period = ?1 and o.service_date between ?2 and ?3 and o.status <> 'CANCELLED'"
                                + " and not exists (select 1 from orders n where n.orderer = o.orderer and n.service_date = ?4"
                                + " and n.meal_period = ?1 and n.status <> 'CANCELLED')"
                                + " group by o.orderer, o.site_id having count(*) >= ?5")
                        .setParameter(1, meal.id().value())
                        .setParameter(2, day.minusDays(14))
                        .setParameter(3, day.minusDays(1))
                        .setParameter(4, day)
                        .setParameter(5, USUALLY))
                .toList()) {
          String orderer = (String) usual[0];
          long site = ((Number) usual[1]).longValue();
          if (outbox.addOnce(
              NotificationKind.CUT_OFF_REMINDER,
              site,
              Json.createObjectBuilder()
                  .add("recipient", orderer)
                  .add("site", siteSlugs.getOrDefault(site, ""))
                  .add("serviceDate", day.toString())
                  .add("mealPeriod", meal.id().value())
                  .add("closesAt", closes.format(DateTimeFormatter.ofPattern("HH:mm")))
                  .build(),
              now,
              "cut-off-reminder:" + day + ":" + meal.id().value() + ":" + orderer)) {
            written++;
          }
        }
      }
    }
    return written;
  }
}
