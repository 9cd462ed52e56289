package org.trayflow.menus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.menus.persistence.PlannedDish;
import org.trayflow.platform.HospitalLocale;

/**
 * What a new version of a week's menu changes against the version before, as a kitchen manager
 * reads it.
 */
final class MenuChanges {

  private MenuChanges() {}

  static List<String> between(
      List<PlannedDish> before, List<PlannedDish> after, Map<Long, String> itemNames) {
    Map<String, PlannedDish> old =
        before.stream().collect(Collectors.toMap(MenuChanges::slotOf, Function.identity()));
    Map<String, PlannedDish> now =
        after.stream().collect(Collectors.toMap(MenuChanges::slotOf, Function.identity()));
    List<String> changes = new ArrayList<>();
    after.stream()
        .sorted(MenuChanges::inServiceOrder)
        .forEach(
            dish -> {
              PlannedDish was = old.get(slotOf(dish));
              if (was == null) {
                changes.add(
                    where(dish)
                        + ": + "
                        + itemNames.get(dish.menuItemId())
                        + " ("
                        + dish.plannedPortions()
                        + ")");
              } else if (was.plannedPortions() != dish.plannedPortions()) {
                changes.add(
                    where(dish)
                        + ": "
                        + itemNames.get(dish.menuItemId())
                        + " portions "
                        + was.plannedPortions()
                        + " → "
                        + dish.plannedPortions());
              }
            });
    before.stream()
        .sorted(MenuChanges::inServiceOrder)
        .filter(dish -> !now.containsKey(slotOf(dish)))
        .forEach(dish -> changes.add(where(dish) + ": − " + itemNames.get(dish.menuItemId())));
    return changes;
  }

  private static String slotOf(PlannedDish dish) {
    return dish.serviceDate() + "/" + dish.mealPeriod() + "/" + dish.menuItemId();
  }

  private static int inServiceOrder(PlannedDish a, PlannedDish b) {
    return slotOf(a).compareTo(slotOf(b));
  }

  private static String where(PlannedDish dish) {
    LocalDate day = dish.serviceDate();
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, HospitalLocale.FORMATS)
        + " "
        + day
        + " "
        + dish.mealPeriod();
  }
}
