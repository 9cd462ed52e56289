package org.trayflow.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.patients.MealFor;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenantconfig.MealPeriod;

/**
 * The rules an order meets against its meal, from facts alone: ordering open (or a patient's late
 * tray with its reason), every dish on the meal's menu, at most {@link
 * OrderRequest#MOST_OF_ONE_DISH} portions of one dish. A plain class, so that each rule is tested
 * without a server; {@code OrderingRules} gathers the facts.
 *
 * @param lateTrayMinutes how long after ordering closes a patient's tray may still be ordered
 */
record MealOrderChecks(MealPeriod meal, OrderingWindow window, int lateTrayMinutes) {

  /**
   * Nothing while ordering is open; after it closes, a patient's tray within the hospital's
   * late-tray minutes and its reason.
   *
   * @throws OrderingClosed for anything else after the close
   */
  Optional<String> lateTray(OrderRequest request, Instant now) {
    if (window.acceptsOrdersAt(now)) {
      return Optional.empty();
    }
    boolean forThePatient = request.patientMeal().filter(MealFor.PATIENT::equals).isPresent();
    if (!forThePatient || !window.acceptsLateTraysAt(now, lateTrayMinutes)) {
      throw OrderingClosed.forOrders(meal.name(), request.serviceDate(), window);
    }
    return Optional.of(
        request
            .lateTray()
            .orElseThrow(
                () ->
                    OrderingClosed.lateTrayNeedsReason(
                        meal.name(), window.lateTraysUntil(lateTrayMinutes))));
  }

  /**
   * The menu's dishes by id, once every line names one of them and no dish is ordered more than an
   * order may hold.
   *
   * @param offered the meal's dishes on the newest published menu of the day
   * @throws OrderNotAccepted naming each line off the menu and each dish ordered too often
   */
  Map<Long, OfferedDish> onTheMenu(OrderRequest request, List<OfferedDish> offered) {
    Map<Long, OfferedDish> byId = new TreeMap<>();
    offered.forEach(dish -> byId.put(dish.itemId(), dish));
    List<Detail> problems = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      long item = request.lines().get(i).item();
      if (!byId.containsKey(item)) {
        problems.add(
            new Detail(
                "lines[" + i + "].item",
                "dish "
                    + item
                    + " is not on the "
                    + meal.name()
                    + " menu of "
                    + request.serviceDate()));
      }
    }
    request
        .portions()
        .forEach(
            (item, portions) -> {
              if (portions > OrderRequest.MOST_OF_ONE_DISH) {
                problems.add(
                    new Detail(
                        "lines",
                        "dish "
                            + item
                            + " is ordered "
                            + portions
                            + " times over its lines; an"
                            + " order holds at most "
                            + OrderRequest.MOST_OF_ONE_DISH
                            + " portions of one dish"));
              }
            });
    if (!problems.isEmpty()) {
      throw new OrderNotAccepted(problems);
    }
    return byId;
  }
}
