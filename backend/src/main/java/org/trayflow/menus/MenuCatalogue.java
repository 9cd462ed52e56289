package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.menus.persistence.CatalogueEntries;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.DietTaxonomy;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/** The kitchen's catalogue of dishes, of the tenant in scope. */
@ApplicationScoped
@Transactional
public class MenuCatalogue {

  @Inject CatalogueEntries entries;
  @Inject TenantConfigurations configurations;

  public MenuItem addItem(@NotNull @Valid MenuItemDetails details) {
    checkTenantRules(details, Optional.empty());
    return entries.add(details);
  }

  public MenuItem changeItem(long id, @NotNull @Valid MenuItemDetails details) {
    item(id);
    checkTenantRules(details, Optional.of(id));
    return entries.describe(id, details).orElseThrow(() -> new MenuItemNotFound(id));
  }

  /**
   * @throws MenuItemNotFound also for another tenant's dish
   */
  public MenuItem item(long id) {
    return entries.find(id).orElseThrow(() -> new MenuItemNotFound(id));
  }

  public List<MenuItem> listItems(@NotNull CatalogueFilter filter) {
    return entries.find(filter).stream()
        .filter(item -> filter.dietTag().map(item.details().dietTags()::contains).orElse(true))
        .toList();
  }

  Map<Long, String> namesOf(Set<Long> ids) {
    return entries.namesOf(ids);
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
    boolean nameTaken = entries.nameTaken(details.name(), itself);
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
