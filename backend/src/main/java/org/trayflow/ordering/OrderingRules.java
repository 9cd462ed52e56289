package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.trayflow.identity.Role;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.OrderedDish;
import org.trayflow.patients.PatientMeals;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What an order must satisfy before any portion is held: a site, location and meal of the hospital,
 * ordering open for that meal now (in the hospital's time zone), every dish on the newest published
 * menu of that day and meal, and for a patient's meal every dish safe for the patient's diet then.
 */
@ApplicationScoped
class OrderingRules {

  @Inject Sites sites;
  @Inject PublishedMenus menus;
  @Inject PatientMeals patientMeals;
  @Inject Clock clock;

  /**
   * @param roles the orderer's: a patient's meal needs a role that cares for patients
   */
  CheckedOrder check(TenantConfiguration configuration, OrderRequest request, Set<Role> roles) {
    long siteId =
        sites
            .findSiteId(request.site())
            .orElseThrow(
                () -> new OrderNotAccepted("site", "there is no site '" + request.site() + "'"));
    long locationId =
        sites
            .findLocationId(siteId, request.location())
            .orElseThrow(
                () ->
                    new OrderNotAccepted(
                        "location",
                        "there is no ward, department or pick-up point '"
                            + request.location()
                            + "' at "
                            + request.site()));
    MealPeriod meal =
        configuration
            .mealPeriod(request.mealPeriod())
            .orElseThrow(
                () ->
                    new OrderNotAccepted(
                        "mealPeriod", "there is no meal '" + request.mealPeriod() + "'"));
    OrderingWindow window =
        OrderingWindow.of(meal, request.serviceDate(), configuration.timeZone());
    Optional<String> lateTray = lateTray(configuration, request, meal, window);
    MenuWeek week = MenuWeek.containing(request.serviceDate());
    PublishedMenu menu =
        menus
            .newest(request.site(), week)
            .orElseThrow(
                () -> new OrderNotAccepted("serviceDate", "no menu is published for that week"));
    Map<Long, OfferedDish> offered = new TreeMap<>();
    menu.dishes(request.serviceDate(), meal.id().value())
        .forEach(dish -> offered.put(dish.itemId(), dish));
    List<Detail> problems = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      long item = request.lines().get(i).item();
      if (!offered.containsKey(item)) {
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
    Optional<CheckedPatientMeal> patientMeal =
        request
            .patientMeal()
            .map(
                mealFor ->
                    patientMeals.check(
                        configuration,
                        roles,
                        request.patient(),
                        request.site(),
                        request.location(),
                        request.serviceDate(),
                        meal.id().value(),
                        mealFor,
                        request.lines().stream()
                            .map(
                                line ->
                                    new OrderedDish(
                                        offered.get(line.item()), line.saidCheckedByHand()))
                            .toList(),
                        lateTray));
    Map<Long, String> names = new TreeMap<>();
    offered.forEach((id, dish) -> names.put(id, dish.name()));
    return new CheckedOrder(
        request,
        new Slot(siteId, request.serviceDate(), meal.id().value()),
        locationId,
        menu.version(),
        request.portions(),
        names,
        configuration.orderingLimits().ordersPerSlot(),
        window,
        patientMeal);
  }

  /**
   * Nothing while ordering is open; after it closes, a patient's tray within the hospital's
   * late-tray minutes and its reason; anything else is refused as ordering closed.
   */
  private Optional<String> lateTray(
      TenantConfiguration configuration,
      OrderRequest request,
      MealPeriod meal,
      OrderingWindow window) {
    Instant now = clock.instant();
    if (window.acceptsOrdersAt(now)) {
      return Optional.empty();
    }
    int lateMinutes = configuration.patients().lateTrayMinutes();
    boolean forThePatient = request.patientMeal().filter(MealFor.PATIENT::equals).isPresent();
    if (!forThePatient || !window.acceptsLateTraysAt(now, lateMinutes)) {
      throw OrderingClosed.forOrders(meal.name(), request.serviceDate(), window);
    }
    return Optional.of(
        request
            .lateTray()
            .orElseThrow(
                () ->
                    OrderingClosed.lateTrayNeedsReason(
                        meal.name(), window.lateTraysUntil(lateMinutes))));
  }
}
