package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.DemoTenantsReady;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * A small catalogue for each demo hospital and a published menu of the current week at each of its
 * sites, so that staff have something to read on first start. Next week is left for the kitchen
 * manager to plan.
 */
@ApplicationScoped
public class DemoMenus {

  private static final Logger LOG = Logger.getLogger(DemoMenus.class.getName());
  private static final String BY = "demo-kitchen";

  private record Dish(
      String name,
      String category,
      Set<Allergen> allergens,
      Set<Allergen> mayContain,
      Set<String> diets,
      Integer iddsi,
      int kcal) {}

  private static final Set<Allergen> NONE = EnumSet.noneOf(Allergen.class);

  private static final List<Dish> DISHES =
      List.of(
          new Dish(
              "Porridge with honey",
              "Breakfast",
              EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN, Allergen.MILK),
              EnumSet.of(Allergen.TREE_NUTS),
              Set.of("vegetarian"),
              4,
              280),
          new Dish(
              "Scrambled eggs on toast",
              "Breakfast",
              EnumSet.of(Allergen.EGGS, Allergen.MILK, Allergen.CEREALS_CONTAINING_GLUTEN),
              NONE,
              Set.of("vegetarian"),
              null,
              390),
          new Dish(
              "Fruit salad",
              "Breakfast",
              NONE,
              NONE,
              Set.of("vegan", "gluten-free", "halal", "kosher", "diabetic", "renal"),
              null,
              120),
          new Dish(
              "Roast chicken with vegetables",
              "Main",
              EnumSet.of(Allergen.CELERY),
              NONE,
              Set.of("gluten-free", "halal"),
              null,
              520),
          new Dish(
              "Fish pie",
              "Main",
              EnumSet.of(Allergen.FISH, Allergen.MILK),
              NONE,
              Set.of(),
              null,
              610),
          new Dish(
              "Chickpea and spinach curry",
              "Main",
              EnumSet.of(Allergen.MUSTARD),
              EnumSet.of(Allergen.PEANUTS, Allergen.SESAME),
              Set.of("vegan", "gluten-free", "halal", "low-sodium", "diabetic"),
              null,
              450),
          new Dish(
              "Minced beef and potato (IDDSI 5)",
              "Main",
              NONE,
              NONE,
              Set.of("gluten-free", "low-sodium", "renal", "diabetic"),
              5,
              480),
          new Dish(
              "Tomato soup",
              "Soup",
              EnumSet.of(Allergen.CELERY),
              NONE,
              Set.of("vegan", "gluten-free", "diabetic"),
              2,
              150),
          new Dish(
              "Rice pudding",
              "Dessert",
              EnumSet.of(Allergen.MILK),
              NONE,
              Set.of("vegetarian", "gluten-free"),
              4,
              230));

  @Inject MenuCatalogue catalogue;
  @Inject WeekPlanner planner;
  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  void onDemoTenantsReady(@Observes DemoTenantsReady ready) {
    for (DemoTenantsReady.DemoTenant tenant : ready.tenants()) {
      TenantScope.asTenant(
          tenant.id(),
          new Slug(tenant.slug()),
          () -> {
            if (catalogue.listItems(CatalogueFilter.everything()).isEmpty()) {
              TenantConfiguration hospital = configurations.configuration().orElseThrow();
              Set<String> diets =
                  hospital.dietTags().stream().map(Slug::value).collect(Collectors.toSet());
              publishThisWeek(hospital, DISHES.stream().map(dish -> add(dish, diets)).toList());
              LOG.info(() -> "Demo menus published for " + tenant.slug());
            }
            return null;
          });
    }
  }

  /** Only the diets the hospital uses: the demo hospitals do not all use the same tags. */
  private MenuItem add(Dish dish, Set<String> hospitalDiets) {
    return catalogue.addItem(
        new MenuItemDetails(
            dish.name(),
            "",
            dish.category(),
            "1 plate",
            new BigDecimal("4.50"),
            dish.allergens(),
            dish.mayContain(),
            dish.diets().stream().filter(hospitalDiets::contains).collect(Collectors.toSet()),
            dish.iddsi(),
            new Nutrition(BigDecimal.valueOf(dish.kcal()), null, null, null, null),
            true));
  }

  private void publishThisWeek(TenantConfiguration hospital, List<MenuItem> items) {
    MenuWeek week = MenuWeek.containing(clock.instant().atZone(hospital.timeZone()).toLocalDate());
    List<MenuItem> breakfasts =
        items.stream().filter(i -> i.details().category().equals("Breakfast")).toList();
    List<MenuItem> others =
        items.stream().filter(i -> !i.details().category().equals("Breakfast")).toList();
    for (var site : sites.listSites()) {
      MenuDraft draft = planner.draftFor(site.slug(), week, BY);
      for (MealPeriod meal : hospital.mealPeriods()) {
        List<MenuItem> dishes = meal.id().value().equals("breakfast") ? breakfasts : others;
        dishes.forEach(
            item ->
                planner.planDishAllWeek(
                    site.slug(), draft.id(), meal.id().value(), item.id(), meal.defaultPortions()));
      }
      planner.publish(site.slug(), draft.id(), BY);
    }
  }
}
