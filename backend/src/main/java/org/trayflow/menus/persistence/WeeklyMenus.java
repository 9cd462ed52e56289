package org.trayflow.menus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekly menus of the tenant's sites ({@code weekly_menu}) and the dishes each plans ({@code
 * menu_offer}); callers hold the transaction.
 */
@ApplicationScoped
public class WeeklyMenus {

  @Inject EntityManager em;

  public Optional<WeeklyMenuRecord> find(long id) {
    return Optional.ofNullable(em.find(WeeklyMenuRecordRow.class, id));
  }

  public Optional<WeeklyMenuRecord> draftOf(long siteId, LocalDate monday) {
    return em.createQuery(
            "select m from WeeklyMenuRecord m where m.siteId = :site"
                + " and m.weekStart = :week and m.status = 'DRAFT'",
            WeeklyMenuRecord.class)
        .setParameter("site", siteId)
        .setParameter("week", monday)
        .getResultStream()
        .findFirst();
  }

  /** The newest published version of the week. */
  public Optional<WeeklyMenuRecord> newestPublished(long siteId, LocalDate monday) {
    return newest(
        "select m from WeeklyMenuRecord m where m.siteId = :site and m.weekStart = :week"
            + " and m.status = 'PUBLISHED' order by m.version desc",
        siteId,
        monday);
  }

  /** The week's newest published version, or its draft when none is published. */
  public Optional<WeeklyMenuRecord> newestOrDraft(long siteId, LocalDate monday) {
    return newest(
        "select m from WeeklyMenuRecord m where m.siteId = :site and m.weekStart = :week"
            + " order by m.status desc, m.version desc nulls last",
        siteId,
        monday);
  }

  private Optional<WeeklyMenuRecord> newest(String jpql, long siteId, LocalDate monday) {
    return em.createQuery(jpql, WeeklyMenuRecord.class)
        .setParameter("site", siteId)
        .setParameter("week", monday)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The newest version number published of the week, if any. */
  public Optional<Integer> newestVersion(long siteId, LocalDate monday) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(m.version) from WeeklyMenuRecord m where m.siteId = :site"
                    + " and m.weekStart = :week and m.status = 'PUBLISHED'",
                Integer.class)
            .setParameter("site", siteId)
            .setParameter("week", monday)
            .getSingleResult());
  }

  public void add(WeeklyMenuRecord menu) {
    em.persist(menu);
  }

  public void add(PlannedDish dish) {
    em.persist(dish);
  }

  public void remove(PlannedDish dish) {
    em.remove(dish);
  }

  public List<PlannedDish> dishesOf(long menuId) {
    return em.createQuery(
            "select d from PlannedDish d where d.weeklyMenuId = :menu", PlannedDish.class)
        .setParameter("menu", menuId)
        .getResultList();
  }

  /** The dishes of the week's published version. */
  public List<PlannedDish> dishesOfVersion(long siteId, LocalDate monday, int version) {
    return em.createQuery(
            "select d from PlannedDish d, WeeklyMenuRecord m where d.weeklyMenuId = m.id"
                + " and m.siteId = :site and m.weekStart = :week and m.version = :version",
            PlannedDish.class)
        .setParameter("site", siteId)
        .setParameter("week", monday)
        .setParameter("version", version)
        .getResultList();
  }

  public Optional<PlannedDish> dish(long menuId, LocalDate day, String mealPeriod, long itemId) {
    return em.createQuery(
            "select d from PlannedDish d where d.weeklyMenuId = :menu and d.serviceDate = :day"
                + " and d.mealPeriod = :meal and d.menuItemId = :item",
            PlannedDish.class)
        .setParameter("menu", menuId)
        .setParameter("day", day)
        .setParameter("meal", mealPeriod)
        .setParameter("item", itemId)
        .getResultStream()
        .findFirst();
  }

  /** The catalogue's dishes withdrawn from menus. */
  public Set<Long> withdrawnDishes() {
    return em.createQuery("select e.id from CatalogueEntry e where e.active = false", Long.class)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  /** Writes what the transaction changed so far, so that the next statements read it. */
  public void flush() {
    em.flush();
  }
}
