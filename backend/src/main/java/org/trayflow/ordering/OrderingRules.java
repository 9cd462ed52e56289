package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.trayflow.identity.Role;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.patients.OrderedDish;
import org.trayflow.patients.PatientMeals;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.ConfigurationInForce;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What an order must satisfy before any portion is held: a site, location and meal of the hospital,
 * ordering open for that meal now (in the hospital's time zone), every dish on the newest published
 * menu of that day and meal, and for a patient's meal every dish safe for the patient's diet then.
 */
@ApplicationScoped
class OrderingRules {

  @Inject PublishedMenus menus;
  @Inject PatientMeals patientMeals;
  @Inject Clock clock;

  /**
   * @param roles the orderer's: a patient's meal needs a role that cares for patients
   */
  CheckedOrder check(ConfigurationInForce inForce, OrderRequest request, Set<Role> roles) {
    TenantConfiguration configuration = inForce.configuration();
    long siteId =
        inForce
            .siteId(request.site())
            .orElseThrow(
                () -> new OrderNotAccepted("site", "there is no site '" + request.site() + "'"));
    long locationId =
        inForce
            .locationId(siteId, request.location())
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
    MealOrderChecks checks =
        new MealOrderChecks(meal, window, configuration.patients().lateTrayMinutes());
    Optional<String> lateTray = checks.lateTray(request, clock.instant());
    MenuWeek week = MenuWeek.containing(request.serviceDate());
    PublishedMenu menu =
        menus
            .newest(request.site(), week)
            .orElseThrow(
                () -> new OrderNotAccepted("serviceDate", "no menu is published for that week"));
    Map<Long, OfferedDish> offered =
        checks.onTheMenu(request, menu.dishes(request.serviceDate(), meal.id().value()));
    Optional<CheckedPatientMeal> patientMeal =
        request
            .patientMeal()
            .map(
                mealFor ->
                    patientMeals.check(
                        configuration,
                        roles,
                        new PatientId(request.patient()),
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
    BigDecimal cost = BigDecimal.ZERO;
    for (var dish : request.portions().perDish().entrySet()) {
      cost =
          cost.add(
              offered.get(dish.getKey()).price().multiply(BigDecimal.valueOf(dish.getValue())));
    }
    return new CheckedOrder(
        inForce,
        request,
        new Slot(siteId, request.serviceDate(), meal.id()),
        locationId,
        menu.version(),
        request.portions(),
        names,
        cost,
        configuration.orderingLimits().ordersPerSlot(),
        window,
        patientMeal);
  }
}
