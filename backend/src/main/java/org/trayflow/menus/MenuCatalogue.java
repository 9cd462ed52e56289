package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.menus.persistence.CatalogueEntry;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/** The kitchen's catalogue of dishes, of the tenant in scope. */
@ApplicationScoped
@Transactional
public class MenuCatalogue {

  @Inject EntityManager em;
  @Inject TenantConfigurations configurations;

  public MenuItem addItem(@NotNull @Valid MenuItemDetails details) {
    checkTenantRules(details, Optional.empty());
    CatalogueEntry entry = new CatalogueEntry(details);
    em.persist(entry);
    em.flush();
    return entry.toMenuItem();
  }

  public MenuItem changeItem(long id, @NotNull @Valid MenuItemDetails details) {
    CatalogueEntry entry = entry(id);
    checkTenantRules(details, Optional.of(id));
    entry.describe(details);
    return entry.toMenuItem();
  }

  /**
   * @throws MenuItemNotFound also for another tenant's dish
   */
  public MenuItem item(long id) {
    return entry(id).toMenuItem();
  }

  public List<MenuItem> listItems(@NotNull CatalogueFilter filter) {
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
    return query
        .getResultStream()
        .map(CatalogueEntry::toMenuItem)
        .filter(item -> filter.dietTag().map(item.details().dietTags()::contains).orElse(true))
        .toList();
  }

  Map<Long, String> namesOf(Set<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select e.id, e.name from CatalogueEntry e where e.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
  }

  CatalogueEntry entry(long id) {
    return Optional.ofNullable(em.find(CatalogueEntry.class, id))
        .orElseThrow(() -> new MenuItemNotFound(id));
  }

  private void checkTenantRules(MenuItemDetails details, Optional<Long> itself) {
    List<Detail> problems = new ArrayList<>();
    Optional<TenantConfiguration> hospital = configurations.configuration();
    Set<String> allowed =
        hospital.map(TenantConfiguration::dietTags).orElse(List.of()).stream()
            .map(Slug::value)
            .collect(Collectors.toSet());
    details.dietTags().stream()
        .sorted()
        .filter(tag -> !allowed.contains(tag))
        .forEach(
            tag ->
                problems.add(
                    new Detail(
                        "dietTags",
                        "'"
                            + tag
                            + "' is not one of this hospital's diet tags: "
                            + String.join(", ", allowed))));
    boolean nameTaken =
        em.createQuery(
                    "select count(e) from CatalogueEntry e where lower(e.name) = :name"
                        + " and e.id <> :itself",
                    Long.class)
                .setParameter("name", details.name().strip().toLowerCase(Locale.ROOT))
                .setParameter("itself", itself.orElse(-1L))
                .getSingleResult()
            > 0;
    if (nameTaken) {
      problems.add(
          new Detail("name", "'" + details.name().strip() + "' is already in the catalogue"));
    }
    problems.addAll(
        DishFacts.contradictions(
            details, hospital.map(TenantConfiguration::dietTaxonomy).orElse(DietTaxonomy.NONE)));
    if (!problems.isEmpty()) {
      throw new InvalidMenuItem(problems);
    }
  }
}
