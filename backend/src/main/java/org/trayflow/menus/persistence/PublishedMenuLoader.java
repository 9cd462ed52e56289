package org.trayflow.menus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuItemDetails;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;

/**
 * Reads a published menu from PostgreSQL in four statements, however many dishes it has: the site's
 * id (asked of tenancy), the week, its dishes with the catalogue, the hospital's meals.
 */
@ApplicationScoped
@Transactional
public class PublishedMenuLoader {

  @Inject EntityManager em;
  @Inject TenantConfigurations configurations;
  @Inject Sites sites;

  public Optional<Integer> newestVersion(String site, MenuWeek week) {
    return sites
        .findSiteId(site)
        .map(
            siteId ->
                em.createQuery(
                        "select max(m.version) from WeeklyMenuRecord m where m.status = 'PUBLISHED'"
                            + " and m.weekStart = :week and m.siteId = :site",
                        Integer.class)
                    .setParameter("week", week.monday())
                    .setParameter("site", siteId)
                    .getSingleResult());
  }

  public Optional<PublishedMenu> menu(String site, MenuWeek week, int version) {
    Optional<WeeklyMenuRecord> found =
        sites
            .findSiteId(site)
            .flatMap(
                siteId ->
                    em.createQuery(
                            "select m from WeeklyMenuRecord m where m.status = 'PUBLISHED'"
                                + " and m.weekStart = :week and m.version = :version"
                                + " and m.siteId = :site",
                            WeeklyMenuRecord.class)
                        .setParameter("week", week.monday())
                        .setParameter("version", version)
                        .setParameter("site", siteId)
                        .getResultStream()
                        .findFirst());
    return found.map(record -> assemble(site, record));
  }

  private PublishedMenu assemble(String site, WeeklyMenuRecord record) {
    List<Tuple> rows =
        em.createQuery(
                "select d as dish, e as entry from PlannedDish d, CatalogueEntry e"
                    + " where e.id = d.menuItemId and d.weeklyMenuId = :menu",
                Tuple.class)
            .setParameter("menu", record.id())
            .getResultList();
    List<MealPeriod> meals = configurations.mealPeriods();
    Map<LocalDate, Map<String, List<PublishedMenu.OfferedDish>>> byDay = new TreeMap<>();
    for (Tuple row : rows) {
      PlannedDish dish = row.get("dish", PlannedDish.class);
      byDay
          .computeIfAbsent(dish.serviceDate(), day -> new TreeMap<>())
          .computeIfAbsent(dish.mealPeriod(), meal -> new ArrayList<>())
          .add(offered(dish, row.get("entry", CatalogueEntry.class).toMenuItem()));
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
