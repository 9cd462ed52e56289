package org.trayflow.quotas.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.menus.MenuPublished;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.quotas.PlannedBelowOrdered;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.Slot;
import org.trayflow.quotas.SlotQuotas;
import org.trayflow.tenantconfig.Slug;

/** The quota rows ({@code slot_quota}): taken, put back, planned, read. */
@ApplicationScoped
public class QuotaRows implements SlotQuotas {

  @Inject EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Taken take(Slot slot, Portions portions) {
    List<Long> shortOf = new ArrayList<>();
    Portions.Tally nearlyGone = new Portions.Tally();
    portions.forEach(
        (dish, count) -> {
          Optional<Row> after =
              NativeRows.of(
                      NativeRows.select(
                              em,
                              "update slot_quota set ordered = ordered + ?1"
                                  + " where tenant_id = ?2 and site_id = ?3 and service_date = ?4 and meal_period = ?5"
                                  + " and menu_item_id = ?6 and ordered + ?1 <= planned returning planned, ordered")
                          .setParameter(1, count)
                          .setParameter(2, TenantScope.requiredTenant())
                          .setParameter(3, slot.siteId())
                          .setParameter(4, slot.serviceDate())
                          .setParameter(5, slot.mealPeriod().value())
                          .setParameter(6, dish))
                  .findFirst();
          if (after.isEmpty()) {
            shortOf.add(dish);
          } else {
            int planned = after.get().count("planned");
            int left = planned - after.get().count("ordered");
            if (left <= lastTenth(planned) && left + count > lastTenth(planned)) {
              nearlyGone.add(dish, left);
            }
          }
        });
    Portions.Tally leftOfShort = new Portions.Tally();
    if (!shortOf.isEmpty()) {
      Portions left = remaining(slot);
      shortOf.forEach(dish -> leftOfShort.add(dish, left.of(dish)));
    }
    return new Taken(leftOfShort.portions(), nearlyGone.portions());
  }

  /** The portions below which the kitchen is told a dish is nearly sold out. */
  static int lastTenth(int planned) {
    return Math.max(1, planned / 10);
  }

  /**
   * @param shortOf dishes without enough left, with what is left; when not empty, nothing was taken
   * @param nearlyGone dishes this order brought into their last tenth, with what is left
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void putBack(Slot slot, Portions portions) {
    portions.forEach(
        (dish, count) ->
            em.createNativeQuery(
                    "update slot_quota set ordered = greatest(ordered - ?1, 0) where tenant_id = ?2"
                        + " and site_id = ?3 and service_date = ?4 and meal_period = ?5 and menu_item_id = ?6")
                .setParameter(1, count)
                .setParameter(2, TenantScope.requiredTenant())
                .setParameter(3, slot.siteId())
                .setParameter(4, slot.serviceDate())
                .setParameter(5, slot.mealPeriod().value())
                .setParameter(6, dish)
                .executeUpdate());
  }

  /** Planned minus ordered, per dish of the slot (never below zero). */
  @Transactional
  public Portions remaining(Slot slot) {
    Portions.Tally remaining = new Portions.Tally();
    NativeRows.of(
            NativeRows.select(
                    em,
                    "select menu_item_id, greatest(planned - ordered, 0) as left_over from slot_quota"
                        + " where tenant_id = ?1 and site_id = ?2 and service_date = ?3 and meal_period = ?4")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, slot.siteId())
                .setParameter(3, slot.serviceDate())
                .setParameter(4, slot.mealPeriod().value()))
        .forEach(row -> remaining.add(row.whole("menu_item_id"), row.count("left_over")));
    return remaining.portions();
  }

  /** The tenant's slots with portions planned from one day to another, for the hourly recompute. */
  @Transactional
  public List<Slot> slotsBetween(LocalDate first, LocalDate last) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select distinct site_id, service_date, meal_period from slot_quota"
                        + " where tenant_id = ?1 and service_date between ?2 and ?3 order by 2, 1, 3")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, first)
                .setParameter(3, last))
        .map(
            row ->
                new Slot(
                    row.whole("site_id"),
                    row.date("service_date"),
                    new Slug(row.text("meal_period"))))
        .toList();
  }

  /**
   * Sets the portions planned by a newly published menu, in the publication's transaction. The
   * site's quota rows of the week are locked first, so that no checkout orders more of a dish
   * between the check that the plan is not below what is ordered and the plan being written.
   *
   * @return per slot, the change of plan of each dish and what is left of it now
   * @throws PlannedBelowOrdered naming each dish planned below what is ordered of it, its day and
   *     meal, and how many are ordered
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<Slot, Replan> plan(
      long siteId, LocalDate monday, List<MenuPublished.PlannedPortions> plan) {
    Map<QuotaKey, Counted> before = lockWeek(siteId, monday);
    refuseBelowOrdered(plan, before);
    Map<Slot, Replanning> replans = new HashMap<>();
    if (plan.isEmpty()) {
      return Map.of();
    }
    NativeRows.of(
            NativeRows.select(
                    em,
                    "insert into slot_quota (tenant_id, site_id, service_date, meal_period,"
                        + " menu_item_id, planned) select ?1, ?2, p.day, p.meal, p.dish, p.portions"
                        + " from unnest(cast(?3 as date[]), cast(?4 as varchar[]),"
                        + " cast(?5 as bigint[]), cast(?6 as integer[])) as p(day, meal, dish, portions)"
                        + " on conflict (tenant_id, site_id, service_date, meal_period, menu_item_id)"
                        + " do update set planned = excluded.planned"
                        + " returning service_date, meal_period, menu_item_id, planned, ordered")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, siteId)
                .setParameter(3, arrayOf(plan, p -> p.serviceDate().toString()))
                .setParameter(4, arrayOf(plan, MenuPublished.PlannedPortions::mealPeriod))
                .setParameter(5, arrayOf(plan, p -> String.valueOf(p.dishId())))
                .setParameter(6, arrayOf(plan, p -> String.valueOf(p.portions()))))
        .forEach(
            row -> {
              QuotaKey key = QuotaKey.of(row);
              int planned = row.count("planned");
              int ordered = row.count("ordered");
              Replanning replan =
                  replans.computeIfAbsent(
                      new Slot(siteId, key.day(), new Slug(key.meal())), slot -> new Replanning());
              replan.change.add(
                  key.dish(),
                  planned - Optional.ofNullable(before.get(key)).map(Counted::planned).orElse(0));
              replan.left.add(key.dish(), Math.max(planned - ordered, 0));
            });
    Map<Slot, Replan> done = new HashMap<>();
    replans.forEach(
        (slot, replan) ->
            done.put(slot, new Replan(replan.change.portions(), replan.left.portions())));
    return done;
  }

  private static final class Replanning {
    final Portions.Tally change = new Portions.Tally();
    final Portions.Tally left = new Portions.Tally();
  }

  /** One dish at one meal of the week. */
  private record QuotaKey(LocalDate day, String meal, long dish) {

    static QuotaKey of(Row row) {
      return new QuotaKey(
          row.date("service_date"), row.text("meal_period"), row.whole("menu_item_id"));
    }
  }

  private record Counted(int planned, int ordered) {}

  /** The site's quota rows of the week, locked until the transaction ends. */
  private Map<QuotaKey, Counted> lockWeek(long siteId, LocalDate monday) {
    Map<QuotaKey, Counted> rows = new HashMap<>();
    NativeRows.of(
            NativeRows.select(
                    em,
                    "select service_date, meal_period, menu_item_id, planned, ordered from slot_quota"
                        + " where tenant_id = ?1 and site_id = ?2 and service_date between ?3 and ?4"
                        + " order by service_date, meal_period, menu_item_id for update")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, siteId)
                .setParameter(3, monday)
                .setParameter(4, monday.plusDays(6)))
        .forEach(
            row ->
                rows.put(
                    QuotaKey.of(row), new Counted(row.count("planned"), row.count("ordered"))));
    return rows;
  }

  private static void refuseBelowOrdered(
      List<MenuPublished.PlannedPortions> plan, Map<QuotaKey, Counted> counted) {
    List<ExpectedFailure.Detail> below =
        plan.stream()
            .filter(
                p -> {
                  Counted now =
                      counted.get(new QuotaKey(p.serviceDate(), p.mealPeriod(), p.dishId()));
                  return now != null && p.portions() < now.ordered();
                })
            .sorted(
                Comparator.comparing(MenuPublished.PlannedPortions::serviceDate)
                    .thenComparing(MenuPublished.PlannedPortions::mealPeriod)
                    .thenComparing(MenuPublished.PlannedPortions::dishName))
            .map(
                p ->
                    new ExpectedFailure.Detail(
                        "days[" + p.serviceDate() + "]." + p.mealPeriod(),
                        p.dishName()
                            + ": "
                            + counted
                                .get(new QuotaKey(p.serviceDate(), p.mealPeriod(), p.dishId()))
                                .ordered()
                            + " already ordered, "
                            + p.portions()
                            + " planned"))
            .toList();
    if (!below.isEmpty()) {
      throw new PlannedBelowOrdered(below);
    }
  }

  /** A PostgreSQL array literal of values that need no quoting (dates, slugs, numbers). */
  private static <T> String arrayOf(List<T> values, Function<T, String> element) {
    return values.stream().map(element).collect(Collectors.joining(",", "{", "}"));
  }

  /** A slot's change of plan per dish, and what is left of each dish after it. */
  public record Replan(Portions change, Portions left) {}
}
