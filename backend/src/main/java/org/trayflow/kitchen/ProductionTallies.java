package org.trayflow.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.trayflow.kitchen.persistence.ProductionReport;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;

/**
 * The kitchen's tallies of one meal, read from PostgreSQL each time: the slot's quota rows carry
 * the ordered portions per dish exactly (the checkout updates them in its transaction), so the
 * tallies are as current as the last committed order.
 */
@ApplicationScoped
@Transactional
public class ProductionTallies {

  @Inject ProductionReport report;
  @Inject Sites sites;

  public Production of(String site, LocalDate date, String mealPeriod) {
    long siteId = siteId(site);
    return new Production(
        site,
        date,
        mealPeriod,
        report.dishes(siteId, date, mealPeriod),
        report.byLocation(siteId, date, mealPeriod),
        report.byDiet(siteId, date, mealPeriod),
        report.ordersByStatus(siteId, date, mealPeriod),
        report.patientMealsByDiet(siteId, date, mealPeriod),
        report.flaggedMeals(siteId, date, mealPeriod),
        report.lateTrays(siteId, date, mealPeriod));
  }

  /** Every order of the meal not cancelled, by location then order number, for the tickets. */
  public List<Production.Ticket> tickets(String site, LocalDate date, String mealPeriod) {
    return report.tickets(siteId(site), date, mealPeriod);
  }

  private long siteId(String site) {
    return sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
  }
}
