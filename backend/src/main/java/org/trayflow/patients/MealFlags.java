package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Meals ordered for a patient whose diet changed since: each is re-checked against the diet in
 * force when it is served and flagged to the ward and the kitchen, still safe or not. A flagged
 * meal is held back from the kitchen's status moves until someone has checked it (only a still-safe
 * one) or it is cancelled: none is served silently.
 */
@ApplicationScoped
@Transactional
public class MealFlags {

  /** Statuses of a meal not yet with the patient. */
  private static final String NOT_SERVED = "('PLACED', 'IN_PREPARATION', 'READY')";

  @Inject EntityManager em;
  @Inject PublishedMenus menus;
  @Inject TenantConfigurations configurations;

  /**
   * @return how many meals were flagged
   */
  int raise(Patient patient, List<DietOrder> orders, String reason, Instant now) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    LocalDate today = now.atZone(hospital.timeZone()).toLocalDate();
    return flag(
        patient,
        reason,
        now,
        today.minusDays(1),
        (day, mealPeriod, dishes) ->
            MealGuard.conflicts(
                DietOrders.dietAt(
                    hospital, patient, orders, MealGuard.servedAt(hospital, day, mealPeriod)),
                dishes,
                DietRules.of(hospital)));
  }

  /**
   * A discharged patient's meals still to come: none is for them any more, so each is flagged as
   * not safe.
   */
  public int discharged(Patient patient, Instant at) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    return flag(
        patient,
        "patient discharged",
        at,
        at.atZone(hospital.timeZone()).toLocalDate(),
        (day, mealPeriod, dishes) ->
            MealGuard.servedAt(hospital, day, mealPeriod).isAfter(at)
                ? List.of("the patient was discharged; cancel the meal")
                : List.of());
  }

  /** Why a meal cannot be served, from its day, meal and dishes; empty when it can. */
  private interface Verdict {
    List<String> conflicts(LocalDate day, String mealPeriod, List<OfferedDish> dishes);
  }

  /**
   * @param from the first day whose meals are looked at
   */
  private int flag(Patient patient, String reason, Instant now, LocalDate from, Verdict verdict) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    List<Object[]> meals =
        NativeRows.of(
                em.createNativeQuery(
                        "select o.id, o.service_date, o.meal_period,"
                            + " s.slug, o.menu_version from orders o join patient_meal pm on pm.order_id = o.id"
                            + " and pm.service_date = o.service_date join site s on s.id = o.site_id where pm.patient_id = ?1"
                            + " and pm.meal_for = 'PATIENT' and o.status in "
                            + NOT_SERVED
                            + " and o.service_date >= ?2")
                    .setParameter(1, patient.id())
                    .setParameter(2, from))
            .toList();
    for (Object[] meal : meals) {
      long orderId = ((Number) meal[0]).longValue();
      LocalDate day = NativeRows.date(meal[1]);
      String mealPeriod = (String) meal[2];
      List<OfferedDish> dishes =
          dishesOf(
              hospital, orderId, day, mealPeriod, (String) meal[3], ((Number) meal[4]).intValue());
      List<String> conflicts = verdict.conflicts(day, mealPeriod, dishes);
      em.createNativeQuery(
              "insert into meal_flag (tenant_id, order_id, service_date, patient_id, raised_at, reason,"
                  + " still_safe, conflicts) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                  + " on conflict (order_id, service_date) where resolved_at is null do update set"
                  + " raised_at = excluded.raised_at, reason = excluded.reason, still_safe = excluded.still_safe,"
                  + " conflicts = excluded.conflicts")
          .setParameter(1, TenantScope.requiredTenant())
          .setParameter(2, orderId)
          .setParameter(3, day)
          .setParameter(4, patient.id())
          .setParameter(5, now)
          .setParameter(6, abbreviate(reason, 300))
          .setParameter(7, conflicts.isEmpty())
          .setParameter(8, abbreviate(String.join("; ", conflicts), 2000))
          .executeUpdate();
    }
    return meals.size();
  }

  /** The dishes of an ordered meal, as its menu version describes them. */
  private List<OfferedDish> dishesOf(
      TenantConfiguration hospital,
      long orderId,
      LocalDate day,
      String mealPeriod,
      String site,
      int version) {
    List<Long> items =
        ((List<?>)
                em.createNativeQuery(
                        "select menu_item_id from order_line where order_id = ?1"
                            + " and service_date = ?2")
                    .setParameter(1, orderId)
                    .setParameter(2, day)
                    .getResultList())
            .stream().map(id -> ((Number) id).longValue()).toList();
    return menus
        .menu(hospital.slug(), site, MenuWeek.containing(day), version)
        .orElseThrow()
        .dishes(day, mealPeriod)
        .stream()
        .filter(dish -> items.contains(dish.itemId()))
        .toList();
  }

  /** Open flags of these orders, by order id. */
  public Map<Long, MealFlag> openFor(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    return open("f.order_id in (?1)", orderIds).stream()
        .collect(Collectors.toMap(MealFlag::orderId, flag -> flag));
  }

  /** Every open flag of the hospital's meals from this day on, oldest first. */
  public List<MealFlag> openFrom(LocalDate day) {
    return open("f.service_date >= ?1", day);
  }

  /** Every open flag of a day's meals at a site. */
  public List<MealFlag> openOn(long siteId, LocalDate day) {
    return open("o.site_id = ?1 and o.service_date = ?2", siteId, day);
  }

  private List<MealFlag> open(String condition, Object... parameters) {
    var query =
        em.createNativeQuery(
            "select f.id, f.order_id, f.service_date, o.meal_period, f.patient_id,"
                + " f.raised_at, f.reason, f.still_safe, f.conflicts from meal_flag f join orders o on o.id = f.order_id"
                + " and o.service_date = f.service_date where f.resolved_at is null and "
                + condition
                + " order by f.raised_at");
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return NativeRows.of(query)
        .map(
            row ->
                new MealFlag(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    NativeRows.date(row[2]),
                    (String) row[3],
                    ((Number) row[4]).longValue(),
                    NativeRows.instant(row[5]),
                    (String) row[6],
                    (Boolean) row[7],
                    (String) row[8]))
        .toList();
  }

  /**
   * Someone checked the flagged meal with the new diet: it goes ahead. Only a still-safe meal can.
   */
  public void markChecked(long flagId, String by, Instant now) {
    MealFlag flag =
        open("f.id = ?1", flagId).stream()
            .findFirst()
            .orElseThrow(() -> new FlagNotResolvable("That meal is not flagged (any more)."));
    if (!flag.stillSafe()) {
      throw new FlagNotResolvable(
          "This meal is not safe under the new diet ("
              + flag.conflicts()
              + "); cancel it and order again.");
    }
    resolve(flag.orderId(), flag.serviceDate(), "CHECKED", by, now);
  }

  /** The flagged meal was cancelled. */
  public void closeCancelled(long orderId, LocalDate serviceDate, String by, Instant now) {
    resolve(orderId, serviceDate, "CANCELLED", by, now);
  }

  private void resolve(long orderId, LocalDate day, String resolution, String by, Instant now) {
    em.createNativeQuery(
            "update meal_flag set resolved_at = ?1, resolved_by = ?2, resolution = ?3"
                + " where order_id = ?4 and service_date = ?5 and resolved_at is null")
        .setParameter(1, now)
        .setParameter(2, by)
        .setParameter(3, resolution)
        .setParameter(4, orderId)
        .setParameter(5, day)
        .executeUpdate();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
