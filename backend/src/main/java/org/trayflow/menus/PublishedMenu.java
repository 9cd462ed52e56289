package org.trayflow.menus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.trayflow.tenantconfig.CourseOrder;

/**
 * A published version of a site's weekly menu, as staff and wards read it: per day and meal period,
 * the dishes with what a person needs to choose safely. Small and flat, so that it caches and
 * travels well.
 */
public record PublishedMenu(
    String site, LocalDate weekStart, int version, Instant publishedAt, List<Day> days) {

  // unchangeable, as one parsed copy is shared by every reader of the version
  public PublishedMenu {
    days = List.copyOf(days);
  }

  public record Day(LocalDate date, List<Meal> meals) {
    public Day {
      meals = List.copyOf(meals);
    }
  }

  public record Meal(String mealPeriod, String name, List<OfferedDish> dishes) {
    public Meal {
      dishes = List.copyOf(dishes);
    }
  }

  /**
   * @param allergens EU/UK allergen words ({@code tree-nuts})
   * @param mayContain allergen words of its precautionary label; a menu remembered before there
   *     were such labels has none
   * @param plannedPortions the quota of the slot
   */
  public record OfferedDish(
      long itemId,
      String name,
      String description,
      String category,
      String portionSize,
      BigDecimal price,
      List<String> allergens,
      List<String> mayContain,
      List<String> dietTags,
      Integer iddsiLevel,
      Nutrition nutrition,
      int plannedPortions) {

    public OfferedDish {
      mayContain = mayContain == null ? List.of() : List.copyOf(mayContain);
    }
  }

  /** Only the dishes that pass; days and meals are kept even when nothing of them passes. */
  public PublishedMenu keep(Predicate<OfferedDish> passes) {
    return new PublishedMenu(
        site,
        weekStart,
        version,
        publishedAt,
        days.stream()
            .map(
                day ->
                    new Day(
                        day.date(),
                        day.meals().stream()
                            .map(
                                meal ->
                                    new Meal(
                                        meal.mealPeriod(),
                                        meal.name(),
                                        meal.dishes().stream().filter(passes).toList()))
                            .toList()))
            .toList());
  }

  public PublishedMenu onlyDay(LocalDate date) {
    return new PublishedMenu(
        site,
        weekStart,
        version,
        publishedAt,
        days.stream().filter(day -> day.date().equals(date)).toList());
  }

  /** The dishes of one day's meal; none when the day or the meal is not on this menu. */
  public List<OfferedDish> dishes(LocalDate date, String mealPeriod) {
    return days.stream()
        .filter(day -> day.date().equals(date))
        .flatMap(day -> day.meals().stream())
        .filter(meal -> meal.mealPeriod().equals(mealPeriod))
        .flatMap(meal -> meal.dishes().stream())
        .toList();
  }

  /**
   * The dishes of one day's meal as a menu card lists them for a person choosing: in the kitchen's
   * course order, then by name.
   */
  public List<OfferedDish> served(LocalDate date, String mealPeriod, CourseOrder courses) {
    return dishes(date, mealPeriod).stream()
        .sorted(
            Comparator.comparing(OfferedDish::category, courses.categories())
                .thenComparing(OfferedDish::name))
        .toList();
  }

  /** Dishes with the diet tag (when given) and none of the allergens. */
  public static Predicate<OfferedDish> suitableFor(String dietTag, Set<String> excludedAllergens) {
    return dish ->
        (dietTag == null || dish.dietTags().contains(dietTag))
            && dish.allergens().stream().noneMatch(excludedAllergens::contains);
  }
}
