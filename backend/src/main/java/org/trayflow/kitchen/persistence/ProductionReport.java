package org.trayflow.kitchen.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.trayflow.ids.OrderId;
import org.trayflow.kitchen.Production;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.TenantScope;

/**
 * The kitchen's one reporting read across features (docs/decisions/0019): a meal's tallies joined
 * in PostgreSQL from ordering's orders, patients' meals and flags, quotas' rows, menus' dishes and
 * tenancy's locations, so that each is counted where the data is, in one statement per figure,
 * exactly as of the last committed order. It only reads; the owners write.
 */
@ApplicationScoped
public class ProductionReport {

  /** Orders of the slot not cancelled, with their lines: the base of most tallies. */
  private static final String PLACED_LINES =
      " from orders o join order_line l on l.order_id = o.id and l.service_date = o.service_date";

  private static final String OF_SLOT =
      " o.tenant_id = ?4 and o.site_id = ?1 and o.service_date = ?2 and o.meal_period = ?3";

  @Inject EntityManager em;

  public List<Production.Dish> dishes(long siteId, LocalDate date, String mealPeriod) {
    return rows(
            "select q.menu_item_id, m.name, q.planned, q.ordered from slot_quota q"
                + " join menu_item m on m.id = q.menu_item_id where q.tenant_id = ?4"
                + " and q.site_id = ?1 and q.service_date = ?2 and q.meal_period = ?3"
                + " order by m.name",
            siteId,
            date,
            mealPeriod)
        .map(
            row ->
                new Production.Dish(
                    row.whole("menu_item_id"),
                    row.text("name"),
                    row.count("planned"),
                    row.count("ordered")))
        .toList();
  }

  public List<Production.LocationPortions> byLocation(
      long siteId, LocalDate date, String mealPeriod) {
    return rows(
            "select loc.name as location, loc.kind, l.item_name, sum(l.quantity) as portions"
                + PLACED_LINES
                + " join location loc on loc.id = o.location_id where"
                + OF_SLOT
                + " and o.status <> 'CANCELLED'"
                + " group by loc.name, loc.kind, l.item_name order by loc.name, l.item_name",
            siteId,
            date,
            mealPeriod)
        .map(
            row ->
                new Production.LocationPortions(
                    row.text("location"),
                    row.text("kind"),
                    row.text("item_name"),
                    row.count("portions")))
        .toList();
  }

  /** Portions per diet tag of the dishes ordered. */
  public Map<String, Integer> byDiet(long siteId, LocalDate date, String mealPeriod) {
    Map<String, Integer> byDiet = new TreeMap<>();
    rows(
            "select tag, sum(l.quantity) as portions"
                + PLACED_LINES
                + " join menu_item m on m.id = l.menu_item_id cross join unnest(m.diet_tags) tag"
                + " where"
                + OF_SLOT
                + " and o.status <> 'CANCELLED' group by tag",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> byDiet.put(row.text("tag"), row.count("portions")));
    return byDiet;
  }

  public Map<String, Long> ordersByStatus(long siteId, LocalDate date, String mealPeriod) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    rows(
            "select o.status, count(*) as orders from orders o where"
                + OF_SLOT
                + " group by o.status order by o.status",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> byStatus.put(row.text("status"), row.whole("orders")));
    return byStatus;
  }

  /** Patients' own meals per therapeutic diet they were ordered under. */
  public Map<String, Integer> patientMealsByDiet(long siteId, LocalDate date, String mealPeriod) {
    Map<String, Integer> byDiet = new TreeMap<>();
    rows(
            "select diet, count(*) as meals from orders o join patient_meal pm on pm.order_id = o.id"
                + " and pm.service_date = o.service_date cross join unnest(pm.diets) diet where"
                + OF_SLOT
                + " and o.status <> 'CANCELLED' and pm.meal_for = 'PATIENT' group by diet",
            siteId,
            date,
            mealPeriod)
        .forEach(row -> byDiet.put(row.text("diet"), row.count("meals")));
    return byDiet;
  }

  public int flaggedMeals(long siteId, LocalDate date, String mealPeriod) {
    return rows(
            "select count(*) as flagged from meal_flag f join orders o on o.id = f.order_id"
                + " and o.service_date = f.service_date where"
                + OF_SLOT
                + " and f.resolved_at is null",
            siteId,
            date,
            mealPeriod)
        .findFirst()
        .orElseThrow()
        .count("flagged");
  }

  public List<Production.LateTray> lateTrays(long siteId, LocalDate date, String mealPeriod) {
    return rows(
            "select o.id, loc.name as location, p.bed, pm.late_tray_reason,"
                + " string_agg(l.quantity || ' × ' || l.item_name, '; ' order by l.item_name)"
                + " as dishes"
                + PLACED_LINES
                + " join location loc on loc.id = o.location_id join patient_meal pm"
                + " on pm.order_id = o.id and pm.service_date = o.service_date"
                + " join patient p on p.id = pm.patient_id where"
                + OF_SLOT
                + " and o.status <> 'CANCELLED' and pm.late_tray_reason <> ''"
                + " group by o.id, loc.name, p.bed, pm.late_tray_reason order by o.id",
            siteId,
            date,
            mealPeriod)
        .map(
            row ->
                new Production.LateTray(
                    new OrderId(row.whole("id")),
                    row.text("location"),
                    row.text("bed"),
                    row.text("late_tray_reason"),
                    row.text("dishes")))
        .toList();
  }

  /** Every order of the meal not cancelled, by location then order number, for the tickets. */
  public List<Production.Ticket> tickets(long siteId, LocalDate date, String mealPeriod) {
    Map<OrderId, Production.Ticket> tickets = new LinkedHashMap<>();
    rows(
            "select loc.name as location, o.id, o.orderer, o.status, l.quantity, l.item_name"
                + PLACED_LINES
                + " join location loc on loc.id = o.location_id where"
                + OF_SLOT
                + " and o.status <> 'CANCELLED' order by loc.name, o.id, l.item_name",
            siteId,
            date,
            mealPeriod)
        .forEach(
            row ->
                tickets
                    .computeIfAbsent(
                        new OrderId(row.whole("id")),
                        id ->
                            new Production.Ticket(
                                row.text("location"),
                                id,
                                row.text("orderer"),
                                row.text("status"),
                                new ArrayList<>()))
                    .lines()
                    .add(row.count("quantity") + " × " + row.text("item_name")));
    return List.copyOf(tickets.values());
  }

  private Stream<Row> rows(String sql, long siteId, LocalDate date, String mealPeriod) {
    return NativeRows.of(
        NativeRows.select(em, sql)
            .setParameter(1, siteId)
            .setParameter(2, date)
            .setParameter(3, mealPeriod)
            .setParameter(4, TenantScope.requiredTenant()));
  }
}
