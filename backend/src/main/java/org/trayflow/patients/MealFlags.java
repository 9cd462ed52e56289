package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trayflow.ids.OrderId;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.patients.persistence.MealFlagRecords;
import org.trayflow.patients.persistence.PatientMealRecords;
import org.trayflow.tenancy.Sites;
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

  @Inject MealFlagRecords records;
  @Inject PatientMealRecords patientMeals;
  @Inject OrderedMeals orderedMeals;
  @Inject PublishedMenus menus;
  @Inject Sites sites;
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
    List<OrderedMeals.OrderedMeal> meals =
        orderedMeals
            .of(
                patientMeals.patientsOwnFrom(patient.id(), from).stream()
                    .map(PatientMealRecords.BedsideOrder::orderId)
                    .toList())
            .values()
            .stream()
            .filter(meal -> meal.stage().stillToServe())
            .toList();
    Map<Long, String> siteSlugs =
        sites.siteSlugs(meals.stream().map(OrderedMeals.OrderedMeal::siteId).toList());
    for (OrderedMeals.OrderedMeal meal : meals) {
      List<OfferedDish> dishes = dishesOf(hospital, meal, siteSlugs.get(meal.siteId()));
      records.raise(
          meal.orderId(),
          meal.serviceDate(),
          patient.id(),
          now,
          reason,
          verdict.conflicts(meal.serviceDate(), meal.mealPeriod(), dishes));
    }
    return meals.size();
  }

  /** The dishes of an ordered meal, as its menu version describes them. */
  private List<OfferedDish> dishesOf(
      TenantConfiguration hospital, OrderedMeals.OrderedMeal meal, String site) {
    List<Long> items = meal.dishes().stream().map(OrderedMeals.Dish::itemId).toList();
    return menus
        .menu(site, MenuWeek.containing(meal.serviceDate()), meal.menuVersion())
        .orElseThrow()
        .dishes(meal.serviceDate(), meal.mealPeriod())
        .stream()
        .filter(dish -> items.contains(dish.itemId()))
        .toList();
  }

  /** Open flags of these orders, by order id. */
  public Map<OrderId, MealFlag> openFor(Collection<OrderId> orderIds) {
    return withMeals(records.openOf(orderIds)).stream()
        .collect(Collectors.toMap(MealFlag::orderId, flag -> flag));
  }

  /** Every open flag of the hospital's meals from this day on, oldest first. */
  public List<MealFlag> openFrom(LocalDate day) {
    return withMeals(records.openFrom(day));
  }

  /** Every open flag of a day's meals at a site. */
  public List<MealFlag> openOn(long siteId, LocalDate day) {
    List<MealFlagRecords.OpenFlag> open = records.openOn(day);
    Map<OrderId, OrderedMeals.OrderedMeal> meals =
        orderedMeals.of(open.stream().map(MealFlagRecords.OpenFlag::orderId).toList());
    return withMeals(
        open.stream()
            .filter(flag -> meals.containsKey(flag.orderId()))
            .filter(flag -> meals.get(flag.orderId()).siteId() == siteId)
            .toList());
  }

  /** The flags with the meal each is on, in the order given. */
  private List<MealFlag> withMeals(List<MealFlagRecords.OpenFlag> open) {
    Map<OrderId, OrderedMeals.OrderedMeal> meals =
        orderedMeals.of(open.stream().map(MealFlagRecords.OpenFlag::orderId).toList());
    return open.stream()
        .filter(flag -> meals.containsKey(flag.orderId()))
        .map(
            flag ->
                new MealFlag(
                    flag.id(),
                    flag.orderId(),
                    flag.serviceDate(),
                    meals.get(flag.orderId()).mealPeriod(),
                    flag.patientId(),
                    flag.raisedAt(),
                    flag.reason(),
                    flag.stillSafe(),
                    flag.conflicts()))
        .toList();
  }

  /**
   * Someone checked the flagged meal with the new diet: it goes ahead. Only a still-safe meal can.
   */
  public void markChecked(long flagId, String by, Instant now) {
    MealFlagRecords.OpenFlag flag =
        records
            .open(flagId)
            .orElseThrow(() -> new FlagNotResolvable("That meal is not flagged (any more)."));
    if (!flag.stillSafe()) {
      throw new FlagNotResolvable(
          "This meal is not safe under the new diet ("
              + flag.conflicts()
              + "); cancel it and order again.");
    }
    records.resolve(flag.orderId(), flag.serviceDate(), "CHECKED", by, now);
  }

  /** The flagged meal was cancelled. */
  public void closeCancelled(OrderId orderId, LocalDate serviceDate, String by, Instant now) {
    records.resolve(orderId, serviceDate, "CANCELLED", by, now);
  }
}
