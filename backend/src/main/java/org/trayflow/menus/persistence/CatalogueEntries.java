package org.trayflow.menus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.menus.CatalogueFilter;
import org.trayflow.menus.MenuItem;
import org.trayflow.menus.MenuItemDetails;
import org.trayflow.platform.persistence.Row;

/** The kitchen's catalogue of dishes ({@code menu_item}); callers hold the transaction. */
@ApplicationScoped
public class CatalogueEntries {

  @Inject EntityManager em;

  /** Written at once, so that its id is known. */
  public MenuItem add(MenuItemDetails details) {
    CatalogueEntry entry = new CatalogueEntry(details);
    em.persist(entry);
    em.flush();
    return entry.toMenuItem();
  }

  public Optional<MenuItem> find(long id) {
    return Optional.ofNullable(em.find(CatalogueEntry.class, id)).map(CatalogueEntry::toMenuItem);
  }

  /**
   * @return the dish as it is described now, empty when the tenant has no such dish
   */
  public Optional<MenuItem> describe(long id, MenuItemDetails details) {
    return Optional.ofNullable(em.find(CatalogueEntry.class, id))
        .map(
            entry -> {
              entry.describe(details);
              return entry.toMenuItem();
            });
  }

  /** The dishes the filter's words, category and activity select, by category and name. */
  public List<MenuItem> find(CatalogueFilter filter) {
    StringBuilder jpql = new StringBuilder("select e from CatalogueEntry e where 1 = 1");
    filter.words().ifPresent(w -> jpql.append(" and lower(e.name) like :words"));
    filter.category().ifPresent(c -> jpql.append(" and e.category = :category"));
    if (filter.activeOnly()) {
      jpql.append(" and e.active = true");
    }
    jpql.append(" order by e.category, e.name");
    var query = em.createQuery(jpql.toString(), CatalogueEntry.class);
    filter
        .words()
        .ifPresent(
            w -> query.setParameter("words", "%" + w.strip().toLowerCase(Locale.ROOT) + "%"));
    filter.category().ifPresent(c -> query.setParameter("category", c));
    return query.getResultStream().map(CatalogueEntry::toMenuItem).toList();
  }

  public Map<Long, String> namesOf(Set<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select e.id as id, e.name as name from CatalogueEntry e where e.id in :ids",
            Tuple.class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(Row::new)
        .collect(Collectors.toMap(row -> row.whole("id"), row -> row.text("name")));
  }

  /** Whether another dish than {@code itself} has this name, whatever its case. */
  public boolean nameTaken(String name, Optional<Long> itself) {
    return em.createQuery(
                "select count(e) from CatalogueEntry e where lower(e.name) = :name"
                    + " and e.id <> :itself",
                Long.class)
            .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
            .setParameter("itself", itself.orElse(-1L))
            .getSingleResult()
        > 0;
  }
}
