package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.menus.persistence.PlannedDish;
import org.trayflow.menus.persistence.WeeklyMenuRecord;
import org.trayflow.menus.persistence.WeeklyMenus;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The rules for publishing a week's menu: every dish still in the catalogue, no day without a
 * lunch, no week already over. A publication is the next version of the site's week; readers see it
 * once it is committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class MenuPublication {

  @Inject WeeklyMenus menus;
  @Inject TenantConfigurations configurations;
  @Inject MenuCatalogue catalogue;
  @Inject Clock clock;
  @Inject Event<MenuPublished> published;

  PublishOutcome publish(String site, WeeklyMenuRecord draft, List<PlannedDish> dishes, String by) {
    TenantConfiguration configuration = configurations.configuration().orElseThrow();
    List<Detail> problems =
        problemsOf(site, new MenuWeek(draft.weekStart()), dishes, configuration);
    if (!problems.isEmpty()) {
      throw new MenuNotPublishable(problems);
    }
    Integer newest = menus.newestVersion(draft.siteId(), draft.weekStart()).orElse(null);
    List<String> changes =
        newest == null ? List.of("first version") : changesAgainst(draft, newest, dishes);
    int version = newest == null ? 1 : newest + 1;
    draft.publishAs(version, by, clock.instant());
    menus.flush();
    Map<Long, String> names =
        catalogue.namesOf(dishes.stream().map(PlannedDish::menuItemId).collect(Collectors.toSet()));
    published.fire(
        new MenuPublished(
            site,
            draft.siteId(),
            draft.weekStart(),
            draft.id(),
            version,
            dishes.stream()
                .map(
                    dish ->
                        new MenuPublished.PlannedPortions(
                            dish.serviceDate(),
                            dish.mealPeriod(),
                            dish.menuItemId(),
                            names.get(dish.menuItemId()),
                            dish.plannedPortions()))
                .toList()));
    return new PublishOutcome(version, changes);
  }

  private List<Detail> problemsOf(
      String site, MenuWeek week, List<PlannedDish> dishes, TenantConfiguration tenant) {
    List<Detail> problems = new ArrayList<>();
    LocalDate today = clock.instant().atZone(tenant.timeZone()).toLocalDate();
    if (week.sunday().isBefore(today)) {
      problems.add(new Detail("week", "the week of " + week.monday() + " is over"));
    }
    Set<Long> withdrawn = menus.withdrawnDishes();
    dishes.stream()
        .filter(d -> withdrawn.contains(d.menuItemId()))
        .forEach(
            d ->
                problems.add(
                    new Detail(
                        "days[" + d.serviceDate() + "]." + d.mealPeriod(),
                        "menu item " + d.menuItemId() + " is withdrawn")));
    for (String lunch : lunchMeals(site, tenant)) {
      week.days()
          .filter(
              day ->
                  dishes.stream()
                      .noneMatch(d -> d.serviceDate().equals(day) && d.mealPeriod().equals(lunch)))
          .forEach(
              day ->
                  problems.add(
                      new Detail(
                          "days[" + day + "]." + lunch, "has no dish: lunch is never empty")));
    }
    return problems;
  }

  /** The meals served during the site's lunch window: those may never be left empty. */
  private static List<String> lunchMeals(String site, TenantConfiguration tenant) {
    return tenant.sites().stream()
        .filter(s -> s.slug().value().equals(site))
        .findFirst()
        .map(SiteConfiguration::lunchWindow)
        .map(
            window ->
                tenant.mealPeriods().stream()
                    .filter(m -> m.service().overlaps(window))
                    .map(m -> m.id().value())
                    .toList())
        .orElse(List.of());
  }

  private List<PlannedDish> dishesOfVersion(WeeklyMenuRecord draft, int version) {
    return menus.dishesOfVersion(draft.siteId(), draft.weekStart(), version);
  }

  private List<String> changesAgainst(
      WeeklyMenuRecord draft, int version, List<PlannedDish> dishes) {
    List<PlannedDish> before = dishesOfVersion(draft, version);
    Map<Long, String> names =
        catalogue.namesOf(
            java.util.stream.Stream.concat(before.stream(), dishes.stream())
                .map(PlannedDish::menuItemId)
                .collect(Collectors.toSet()));
    return MenuChanges.between(before, dishes, names);
  }
}
