package org.trayflow.menus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
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
      String description,
      String category,
      String price,
      Set<Allergen> allergens,
      Set<Allergen> mayContain,
      Set<String> diets,
      Integer iddsi,
      Nutrition label) {}

  private static final Set<Allergen> NONE = EnumSet.noneOf(Allergen.class);

  /**
   * A label per portion: kcal, protein, fat, saturates, carbohydrate, sugars, fibre (g), salt (g).
   */
  private static Nutrition label(String... figures) {
    BigDecimal[] f = Arrays.stream(figures).map(BigDecimal::new).toArray(BigDecimal[]::new);
    return new Nutrition(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
  }

  private static final List<Dish> DISHES =
      List.of(
          new Dish(
              "Porridge with honey",
              "Oats cooked in whole milk, a spoon of honey on top.",
              "Breakfast",
              "2.20",
              EnumSet.of(Allergen.CEREALS_CONTAINING_GLUTEN, Allergen.MILK),
              EnumSet.of(Allergen.TREE_NUTS),
              Set.of("vegetarian"),
              4,
              label("280", "10.2", "8.1", "4.6", "41.0", "15.3", "3.9", "0.20")),
          new Dish(
              "Scrambled eggs on toast",
              "Two free-range eggs on buttered wholemeal toast.",
              "Breakfast",
              "3.10",
              EnumSet.of(Allergen.EGGS, Allergen.MILK, Allergen.CEREALS_CONTAINING_GLUTEN),
              NONE,
              Set.of("vegetarian"),
              null,
              label("390", "21.5", "22.0", "8.9", "26.4", "2.8", "4.1", "1.30")),
          new Dish(
              "Fruit salad",
              "Melon, apple, orange and grapes, cut fresh each morning.",
              "Breakfast",
              "1.80",
              NONE,
              NONE,
              Set.of("vegan", "gluten-free", "halal", "kosher", "diabetic", "renal"),
              null,
              label("120", "1.4", "0.4", "0.0", "27.5", "24.1", "3.2", "0.01")),
          new Dish(
              "Roast chicken with vegetables",
              "Roast chicken breast, carrots, green beans and roast potatoes, with gravy.",
              "Main",
              "5.40",
              EnumSet.of(Allergen.CELERY),
              NONE,
              Set.of("gluten-free", "halal"),
              null,
              label("520", "38.0", "18.5", "4.2", "46.0", "6.1", "6.8", "1.10")),
          new Dish(
              "Fish pie",
              "Haddock and salmon in a parsley sauce under mashed potato.",
              "Main",
              "5.20",
              EnumSet.of(Allergen.FISH, Allergen.MILK),
              NONE,
              Set.of(),
              null,
              label("610", "32.4", "29.8", "14.6", "52.1", "5.0", "4.4", "1.60")),
          new Dish(
              "Chickpea and spinach curry",
              "Chickpeas and spinach in a mild tomato curry, with basmati rice.",
              "Main",
              "4.60",
              EnumSet.of(Allergen.MUSTARD),
              EnumSet.of(Allergen.PEANUTS, Allergen.SESAME),
              Set.of("vegan", "gluten-free", "halal", "low-sodium", "diabetic"),
              null,
              label("450", "15.8", "12.0", "1.6", "68.3", "9.2", "11.5", "0.45")),
          new Dish(
              "Minced beef and potato (IDDSI 5)",
              "Finely minced beef in thick gravy with mashed potato, minced and moist.",
              "Main",
              "4.90",
              NONE,
              NONE,
              Set.of("gluten-free", "low-sodium", "renal", "diabetic"),
              5,
              label("480", "29.0", "20.1", "8.7", "40.2", "3.4", "3.6", "0.55")),
          new Dish(
              "Tomato soup",
              "Smooth tomato and basil soup.",
              "Soup",
              "1.90",
              EnumSet.of(Allergen.CELERY),
              NONE,
              Set.of("vegan", "gluten-free", "diabetic"),
              2,
              label("150", "3.1", "5.6", "0.8", "20.4", "13.0", "2.5", "0.90")),
          new Dish(
              "Rice pudding",
              "Pudding rice baked slowly in whole milk.",
              "Dessert",
              "1.70",
              EnumSet.of(Allergen.MILK),
              NONE,
              Set.of("vegetarian", "gluten-free"),
              4,
              label("230", "7.0", "6.2", "3.9", "36.8", "18.5", "0.4", "0.15")));

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
            dish.description(),
            dish.category(),
            "1 plate",
            new BigDecimal(dish.price()),
            dish.allergens(),
            dish.mayContain(),
            dish.diets().stream().filter(hospitalDiets::contains).collect(Collectors.toSet()),
            dish.iddsi(),
            dish.label(),
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
