package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trayflow.menus.persistence.CatalogueEntry;
import org.trayflow.menus.persistence.PlannedDish;
import org.trayflow.menus.persistence.WeeklyMenuRecord;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;

/** Reads a published menu from PostgreSQL in three statements, however many dishes it has. */
@ApplicationScoped
@Transactional
public class PublishedMenuLoader {

  @Inject EntityManager em;
  @Inject TenantConfigurations configurations;

  public Optional<Integer> newestVersion(String site, MenuWeek week) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(m.version) from WeeklyMenuRecord m where m.status = 'PUBLISHED'"
                    + " and m.weekStart = :week and m.siteId = (select s.id from Site s where s.slug = :site)",
                Integer.class)
            .setParameter("week", week.monday())
            .setParameter("site", site)
            .getSingleResult());
  }

  public Optional<PublishedMenu> menu(String site, MenuWeek week, int version) {
    Optional<WeeklyMenuRecord> found =
        em.createQuery(
                "select m from WeeklyMenuRecord m where m.status = 'PUBLISHED'"
                    + " and m.weekStart = :week and m.version = :version"
                    + " and m.siteId = (select s.id from Site s where s.slug = :site)",
                WeeklyMenuRecord.class)
            .setParameter("week", week.monday())
            .setParameter("version", version)
            .setParameter("site", site)
            .getResultStream()
            .findFirst();
    return found.map(record -> assemble(site, record));
  }

  private PublishedMenu assemble(String site, WeeklyMenuRecord record) {
    List<Object[]> rows =
        em.createQuery(
                "select d, e from PlannedDish d, CatalogueEntry e"
                    + " where e.id = d.menuItemId and d.weeklyMenuId = :menu",
                Object[].class)
            .setParameter("menu", record.id())
            .getResultList();
    List<MealPeriod> meals = configurations.mealPeriods();
    Map<LocalDate, Map<String, List<PublishedMenu.OfferedDish>>> byDay = new TreeMap<>();
    for (Object[] row : rows) {
      PlannedDish dish = (PlannedDish) row[0];
      byDay
          .computeIfAbsent(dish.serviceDate(), day -> new TreeMap<>())
          .computeIfAbsent(dish.mealPeriod(), meal -> new ArrayList<>())
          .add(offered(dish, ((CatalogueEntry) row[1]).toMenuItem()));
    }
    List<PublishedMenu.Day> days =
        new MenuWeek(record.weekStart())
            .days()
            .map(
                day ->
                    new PublishedMenu.Day(
                        day,
                        meals.stream()
                            .map(
                                meal ->
                                    new PublishedMenu.Meal(
                                        meal.id().value(),
                                        meal.name(),
                                        byDay
                                            .getOrDefault(day, Map.of())
                                            .getOrDefault(meal.id().value(), List.of())
                                            .stream()
                                            .sorted(
                                                Comparator.comparing(
                                                        PublishedMenu.OfferedDish::category)
                                                    .thenComparing(PublishedMenu.OfferedDish::name))
                                            .toList()))
                            .toList()))
            .toList();
    return new PublishedMenu(
        site, record.weekStart(), record.version(), record.publishedAt(), days);
  }

  private static PublishedMenu.OfferedDish offered(PlannedDish dish, MenuItem item) {
    MenuItemDetails d = item.details();
    return new PublishedMenu.OfferedDish(
        item.id(),
        d.name(),
        d.description(),
        d.category(),
        d.portionSize(),
        d.price(),
        d.allergens().stream().sorted().map(Allergen::word).toList(),
        d.mayContain().stream().sorted().map(Allergen::word).toList(),
        d.dietTags().stream().sorted().toList(),
        d.iddsiLevel(),
        d.nutrition(),
        dish.plannedPortions());
  }
}
