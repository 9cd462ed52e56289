package org.trayflow.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;

/**
 * The kitchen's tallies of one meal, read from PostgreSQL each time: the slot's quota rows carry
 * the ordered portions per dish exactly (the checkout updates them in its transaction), so the
 * tallies are as current as the last committed order.
 */
@ApplicationScoped
@Transactional
public class ProductionTallies {

  private static final String PLACED_ORDERS_OF_SLOT =
      " from orders o join order_line l on l.order_id = o.id"
          + " and l.service_date = o.service_date where o.site_id = ?1 and o.service_date = ?2 and o.meal_period = ?3"
          + " and o.status <> 'CANCELLED'";

  @Inject EntityManager em;
  @Inject Sites sites;

  public Production of(String site, LocalDate date, String mealPeriod) {
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    List<Production.Dish> dishes =
        rows(
                "select q.menu_item_id, m.name, q.planned, q.ordered from slot_quota q"
                    + " join menu_item m on m.id = q.menu_item_id where q.site_id = ?1 and q.service_date = ?2"
                    + " and q.meal_period = ?3 order by m.name",
                siteId,
                date,
                mealPeriod)
            .stream()
            .map(
                row ->
                    new Production.Dish(
                        number(row[0]),
                        (String) row[1],
                        (int) number(row[2]),
                        (int) number(row[3])))
            .toList();
    List<Production.LocationPortions> byLocation =
        rows(
                "select loc.name, loc.kind, l.item_name, sum(l.quantity)"
                    + PLACED_ORDERS_OF_SLOT.replace(
                        " where", " join location loc on loc.id = o.location_id where")
                    + " group by loc.name, loc.kind, l.item_name order by loc.name, l.item_name",
                siteId,
                date,
                mealPeriod)
            .stream()
            .map(
                row ->
                    new Production.LocationPortions(
                        (String) row[0], (String) row[1], (String) row[2], (int) number(row[3])))
            .toList();
    Map<String, Integer> byDiet = new TreeMap<>();
    rows(
            "select tag, sum(l.quantity)"
                + PLACED_ORDERS_OF_SLOT.replace(
                    " where",
                    " join menu_item m on m.id = l.menu_item_id cross join unnest(m.diet_tags) tag where")
                + " group by tag",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> byDiet.put((String) row[0], (int) number(row[1])));
    Map<String, Long> byStatus = new LinkedHashMap<>();
    rows(
            "select status, count(*) from orders where site_id = ?1 and service_date = ?2 and meal_period = ?3"
                + " group by status order by status",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> byStatus.put((String) row[0], number(row[1])));
    Map<String, Integer> patientMeals = new TreeMap<>();
    rows(
            "select diet, count(*) from orders o join patient_meal pm on pm.order_id = o.id"
                + " and pm.service_date = o.service_date cross join unnest(pm.diets) diet where o.site_id = ?1"
                + " and o.service_date = ?2 and o.meal_period = ?3 and o.status <> 'CANCELLED' and pm.meal_for = 'PATIENT'"
                + " group by diet",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> patientMeals.put((String) row[0], (int) number(row[1])));
    int flagged =
        (int)
            number(
                em.createNativeQuery(
                        "select count(*) from meal_flag f join orders o"
                            + " on o.id = f.order_id and o.service_date = f.service_date where o.site_id = ?1 and o.service_date = ?2"
                            + " and o.meal_period = ?3 and f.resolved_at is null")
                    .setParameter(1, siteId)
                    .setParameter(2, date)
                    .setParameter(3, mealPeriod)
                    .getSingleResult());
    List<Production.LateTray> lateTrays =
        rows(
                "select o.id, loc.name, p.bed, pm.late_tray_reason,"
                    + " string_agg(l.quantity || ' × ' || l.item_name, '; ' order by l.item_name)"
                    + PLACED_ORDERS_OF_SLOT.replace(
                        " where",
                        " join location loc on loc.id = o.location_id join patient_meal pm"
                            + " on pm.order_id = o.id and pm.service_date = o.service_date join patient p on p.id = pm.patient_id"
                            + " where pm.late_tray_reason <> '' and")
                    + " group by o.id, loc.name, p.bed, pm.late_tray_reason order by o.id",
                siteId,
                date,
                mealPeriod)
            .stream()
            .map(
                row ->
                    new Production.LateTray(
                        number(row[0]),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4]))
            .toList();
    return new Production(
        site,
        date,
        mealPeriod,
        dishes,
        byLocation,
        byDiet,
        byStatus,
        patientMeals,
        flagged,
        lateTrays);
  }

  /** Every order of the meal not cancelled, by location then order number, for the tickets. */
  public List<Production.Ticket> tickets(String site, LocalDate date, String mealPeriod) {
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    Map<Long, Production.Ticket> tickets = new LinkedHashMap<>();
    rows(
            "select loc.name, o.id, o.orderer, o.status, l.quantity || ' × ' || l.item_name"
                + PLACED_ORDERS_OF_SLOT.replace(
                    " where", " join location loc on loc.id = o.location_id where")
                + " order by loc.name, o.id, l.item_name",
            siteId,
            date,
            mealPeriod)
        .forEach(
            row ->
                tickets
                    .computeIfAbsent(
                        number(row[1]),
                        id ->
                            new Production.Ticket(
                                (String) row[0],
                                id,
                                (String) row[2],
                                (String) row[3],
                                new ArrayList<>()))
                    .lines()
                    .add((String) row[4]));
    return List.copyOf(tickets.values());
  }

  private List<Object[]> rows(String sql, long siteId, LocalDate date, String mealPeriod) {
    Query query =
        em.createNativeQuery(sql)
            .setParameter(1, siteId)
            .setParameter(2, date)
            .setParameter(3, mealPeriod);
    return NativeRows.of(query).toList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
