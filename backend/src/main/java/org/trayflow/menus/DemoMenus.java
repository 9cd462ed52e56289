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
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.DemoTenantsReady;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Slug;

/**
 * A small catalogue for each demo hospital and a published menu of the current week at each of its sites, so
 * that staff have something to read on first start. Next week is left for the kitchen manager to plan.
 */
@ApplicationScoped
public class DemoMenus {

  private static final Logger LOG = Logger.getLogger(DemoMenus.class.getName());
  private static final String BY = "demo-kitchen";

  private record Dish(String name, String category, boolean breakfast, Set<Allergen> allergens, Set<String> diets,
      Integer iddsi, int kcal) {}

  private static final List<Dish> DISHES = List.of(
      new Dish("Porridge with honey", "Breakfast", true, EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN, Allergen.MILK),
          Set.of("vegetarian"), 4, 280),
      new Dish("Scrambled eggs on toast", "Breakfast", true, EnumSet.of(Allergen.EGGS, Allergen.MILK,
          Allergen.CEREALS_CONTAINING_GLUTEN), Set.of("vegetarian"), null, 390),
      new Dish("Fruit salad", "Breakfast", true, EnumSet.noneOf(Allergen.class),
          Set.of("vegan", "gluten-free", "halal", "kosher"), null, 120),
      new Dish("Roast chicken with vegetables", "Main", false, EnumSet.of(Allergen.CELERY), Set.of("gluten-free",
          "halal"), null, 520),
      new Dish("Fish pie", "Main", false, EnumSet.of(Allergen.FISH, Allergen.MILK), Set.of(), null, 610),
      new Dish("Chickpea and spinach curry", "Main", false, EnumSet.of(Allergen.MUSTARD), Set.of("vegan", "gluten-free",
          "halal", "low-sodium"), null, 450),
      new Dish("Minced beef and potato (IDDSI 5)", "Main", false, EnumSet.noneOf(Allergen.class), Set.of("gluten-free"),
          5, 480),
      new Dish("Tomato soup", "Soup", false, EnumSet.of(Allergen.CELERY), Set.of("vegan", "gluten-free",
          "diabetic-friendly"), 2, 150),
      new Dish("Rice pudding", "Dessert", false, EnumSet.of(Allergen.MILK), Set.of("vegetarian", "gluten-free"), 4, 230));

  @Inject MenuCatalogue catalogue;
  @Inject WeekPlanner planner;
  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  void onDemoTenantsReady(@Observes DemoTenantsReady ready) {
    for (DemoTenantsReady.DemoTenant tenant : ready.tenants()) {
      TenantScope.asTenant(tenant.id(), () -> {
        if (catalogue.listItems(CatalogueFilter.everything()).isEmpty()) {
          publishThisWeek(new Slug(tenant.slug()), DISHES.stream().map(this::add).toList());
          LOG.info(() -> "Demo menus published for " + tenant.slug());
        }
        return null;
      });
    }
  }

  private MenuItem add(Dish dish) {
    Set<String> allowed = Set.copyOf(configurations.configuration().orElseThrow().dietTags().stream()
        .map(Slug::value).toList());
    return catalogue.addItem(new MenuItemDetails(dish.name(), "", dish.category(), "1 plate", new BigDecimal("4.50"),
        dish.allergens(), dish.diets().stream().filter(allowed::contains).collect(java.util.stream.Collectors.toSet()),
        dish.iddsi(), new Nutrition(BigDecimal.valueOf(dish.kcal()), null, null, null, null), true));
  }

  private void publishThisWeek(Slug tenant, List<MenuItem> items) {
    MenuWeek week = MenuWeek.containing(clock.instant().atZone(configurations.configuration().orElseThrow().timeZone())
        .toLocalDate());
    List<MenuItem> breakfasts = items.stream().filter(i -> i.details().category().equals("Breakfast")).toList();
    List<MenuItem> others = items.stream().filter(i -> !i.details().category().equals("Breakfast")).toList();
    for (var site : sites.listSites()) {
      MenuDraft draft = planner.draftFor(site.slug(), week, BY);
      for (MealPeriod meal : configurations.mealPeriods()) {
        List<MenuItem> dishes = meal.id().value().equals("breakfast") ? breakfasts : others;
        dishes.forEach(item -> planner.planDishAllWeek(site.slug(), draft.id(), meal.id().value(), item.id(),
            meal.defaultPortions()));
      }
      planner.publish(tenant, site.slug(), draft.id(), BY);
    }
  }
}
