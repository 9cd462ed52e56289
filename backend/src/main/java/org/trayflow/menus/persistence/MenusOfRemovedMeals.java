package org.trayflow.menus.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.tenancy.ConfigurationRemovals;
import org.trayflow.tenancy.RemovalCheck;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;

/**
 * A meal a new configuration drops may be on published menus from today on, which would no longer
 * be offered.
 */
@ApplicationScoped
@Transactional
class MenusOfRemovedMeals implements RemovalCheck {

  @Inject EntityManager em;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  @Override
  public List<String> warningsFor(ConfigurationRemovals removals) {
    List<String> warnings = new ArrayList<>();
    if (removals.mealPeriods().isEmpty()) {
      return warnings;
    }
    LocalDate today =
        LocalDate.now(clock.withZone(configurations.configuration().orElseThrow().timeZone()));
    for (MealPeriod meal : removals.mealPeriods()) {
      long days =
          ((Number)
                  em.createNativeQuery(
                          "select count(distinct o.service_date) from menu_offer o"
                              + " join weekly_menu m on m.id = o.weekly_menu_id"
                              + " where m.status = 'PUBLISHED' and o.meal_period = ?1 and o.service_date >= ?2")
                      .setParameter(1, meal.id().value())
                      .setParameter(2, today)
                      .getSingleResult())
              .longValue();
      if (days > 0) {
        warnings.add(
            meal.name()
                + " is removed but is on published menus for "
                + days
                + " day(s) from today on: nobody will be able to order it on those days.");
      }
    }
    return warnings;
  }
}
