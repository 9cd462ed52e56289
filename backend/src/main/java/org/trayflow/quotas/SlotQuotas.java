package org.trayflow.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The quota of record, in PostgreSQL: portions planned and ordered per slot and dish. Every portion
 * taken goes through one conditional update that cannot pass the plan, whatever Redis said,
 * whichever app instance asks.
 */
@ApplicationScoped
public class SlotQuotas {

  @Inject EntityManager em;

  /**
   * Takes the portions in the caller's transaction, dish by dish in id order (so that two orders
   * never wait on each other in opposite orders).
   *
   * @return what is left of each dish that did not have enough (nothing was taken then), or, when
   *     everything was taken, the dishes this order brought down to their last tenth
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Taken take(Slot slot, Map<Long, Integer> portions) {
    Map<Long, Integer> shortOf = new TreeMap<>();
    Map<Long, Integer> nearlyGone = new TreeMap<>();
    new TreeMap<>(portions)
        .forEach(
            (dish, count) -> {
              List<Object[]> after =
                  NativeRows.of(
                          em.createNativeQuery(
                                  "update slot_quota set ordered = ordered + ?1"
                                      + " where tenant_id = ?2 and site_id = ?3 and service_date = ?4 and meal_period = ?5"
                                      + " and menu_item_id = ?6 and ordered + ?1 <= planned returning planned, ordered")
                              .setParameter(1, count)
                              .setParameter(2, TenantScope.requiredTenant())
                              .setParameter(3, slot.siteId())
                              .setParameter(4, slot.serviceDate())
                              .setParameter(5, slot.mealPeriod())
                              .setParameter(6, dish))
                      .toList();
              if (after.isEmpty()) {
                shortOf.put(dish, 0);
              } else {
                int planned = ((Number) after.get(0)[0]).intValue();
                int left = planned - ((Number) after.get(0)[1]).intValue();
                if (left <= lastTenth(planned) && left + count > lastTenth(planned)) {
                  nearlyGone.put(dish, left);
                }
              }
            });
    if (!shortOf.isEmpty()) {
      Map<Long, Integer> left = remaining(slot);
      shortOf.replaceAll((dish, none) -> left.getOrDefault(dish, 0));
    }
    return new Taken(shortOf, nearlyGone);
  }

  /** The portions below which the kitchen is told a dish is nearly sold out. */
  static int lastTenth(int planned) {
    return Math.max(1, planned / 10);
  }

  /**
   * @param shortOf dishes without enough left, with what is left; when not empty, nothing was taken
   * @param nearlyGone dishes this order brought into their last tenth, with what is left
   */
  public record Taken(Map<Long, Integer> shortOf, Map<Long, Integer> nearlyGone) {

    public boolean complete() {
      return shortOf.isEmpty();
    }
  }

  /** A cancelled order's portions, available again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void putBack(Slot slot, Map<Long, Integer> portions) {
    new TreeMap<>(portions)
        .forEach(
            (dish, count) ->
                em.createNativeQuery(
                        "update slot_quota set ordered = greatest(ordered - ?1, 0) where tenant_id = ?2"
                            + " and site_id = ?3 and service_date = ?4 and meal_period = ?5 and menu_item_id = ?6")
                    .setParameter(1, count)
                    .setParameter(2, TenantScope.requiredTenant())
                    .setParameter(3, slot.siteId())
                    .setParameter(4, slot.serviceDate())
                    .setParameter(5, slot.mealPeriod())
                    .setParameter(6, dish)
                    .executeUpdate());
  }

  /** Planned minus ordered, per dish of the slot (never below zero). */
  @Transactional
  public Map<Long, Integer> remaining(Slot slot) {
    Map<Long, Integer> remaining = new TreeMap<>();
    NativeRows.of(
            em.createNativeQuery(
                    "select menu_item_id, greatest(planned - ordered, 0) from slot_quota"
                        + " where tenant_id = ?1 and site_id = ?2 and service_date = ?3 and meal_period = ?4")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, slot.siteId())
                .setParameter(3, slot.serviceDate())
                .setParameter(4, slot.mealPeriod()))
        .forEach(row -> remaining.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    return remaining;
  }

  /** The tenant's slots with portions planned from one day to another, for the hourly recompute. */
  @Transactional
  public List<Slot> slotsBetween(LocalDate first, LocalDate last) {
    return NativeRows.of(
            em.createNativeQuery(
                    "select distinct site_id, service_date, meal_period from slot_quota"
                        + " where tenant_id = ?1 and service_date between ?2 and ?3 order by 2, 1, 3")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, first)
                .setParameter(3, last))
        .map(
            row ->
                new Slot(((Number) row[0]).longValue(), NativeRows.date(row[1]), (String) row[2]))
        .toList();
  }

  /**
   * Each dish the menu would plan below what is already ordered of it, read under a lock on its
   * quota row so that no checkout can order more of it before the new plan is written.
   *
   * @throws PlannedBelowOrdered naming each such dish, its day and meal, and how many are ordered
   */
  private void refuseBelowOrdered(long siteId, long weeklyMenuId) {
    List<ExpectedFailure.Detail> below =
        NativeRows.of(
                em.createNativeQuery(
                        "select q.service_date, q.meal_period,"
                            + " m.name, q.ordered, o.planned_portions from slot_quota q join menu_offer o on o.weekly_menu_id = ?1"
                            + " and o.service_date = q.service_date and o.meal_period = q.meal_period"
                            + " and o.menu_item_id = q.menu_item_id join menu_item m on m.id = q.menu_item_id"
                            + " where q.tenant_id = ?2 and q.site_id = ?3 and o.planned_portions < q.ordered"
                            + " order by q.service_date, q.meal_period, m.name for update of q")
                    .setParameter(1, weeklyMenuId)
                    .setParameter(2, TenantScope.requiredTenant())
                    .setParameter(3, siteId))
            .map(
                row ->
                    new ExpectedFailure.Detail(
                        "days[" + NativeRows.date(row[0]) + "]." + row[1],
                        row[2] + ": " + row[3] + " already ordered, " + row[4] + " planned"))
            .toList();
    if (!below.isEmpty()) {
      throw new PlannedBelowOrdered(below);
    }
  }

  /**
   * Sets the portions planned by a newly published menu, in the publication's transaction.
   *
   * @return per slot, the change of plan of each dish and what is left of it now
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Map<Slot, Replan> plan(long siteId, LocalDate monday, long weeklyMenuId) {
    refuseBelowOrdered(siteId, weeklyMenuId);
    Map<Slot, Replan> replans = new java.util.HashMap<>();
    NativeRows.of(
            em.createNativeQuery(
                    """
            with offered as (
                select o.tenant_id, cast(?2 as bigint) as site_id, o.service_date, o.meal_period, o.menu_item_id,
                       o.planned_portions
                from menu_offer o where o.weekly_menu_id = ?1),
            before as (
                select q.service_date, q.meal_period, q.menu_item_id, q.planned
                from slot_quota q
                where q.tenant_id = ?3 and q.site_id = ?2 and q.service_date between ?4 and ?5),
            upserted as (
                insert into slot_quota (tenant_id, site_id, service_date, meal_period, menu_item_id, planned)
                select tenant_id, site_id, service_date, meal_period, menu_item_id, planned_portions from offered
                on conflict (tenant_id, site_id, service_date, meal_period, menu_item_id)
                do update set planned = excluded.planned
                returning service_date, meal_period, menu_item_id, planned, ordered)
            select u.service_date, u.meal_period, u.menu_item_id, u.planned - coalesce(b.planned, 0),
                   greatest(u.planned - u.ordered, 0)
            from upserted u left join before b using (service_date, meal_period, menu_item_id)
            """)
                .setParameter(1, weeklyMenuId)
                .setParameter(2, siteId)
                .setParameter(3, TenantScope.requiredTenant())
                .setParameter(4, monday)
                .setParameter(5, monday.plusDays(6)))
        .forEach(
            row -> {
              Replan replan =
                  replans.computeIfAbsent(
                      new Slot(siteId, NativeRows.date(row[0]), (String) row[1]),
                      slot -> new Replan(new TreeMap<>(), new TreeMap<>()));
              long dish = ((Number) row[2]).longValue();
              replan.change().put(dish, ((Number) row[3]).intValue());
              replan.left().put(dish, ((Number) row[4]).intValue());
            });
    return replans;
  }

  /** A slot's change of plan per dish, and what is left of each dish after it. */
  record Replan(Map<Long, Integer> change, Map<Long, Integer> left) {}
}
