package org.trayflow.kitchen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.SiteConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;

/** Whose paperwork it is, as the kitchen calls them: printed at the top of every page. */
public record PrintedFor(String hospital, String site, String meal, LocalDate date) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", HospitalLocale.FORMATS);

  /** The names the hospital gives its site and meal; their slugs where it no longer has them. */
  public static PrintedFor of(
      TenantConfiguration hospital, String site, String mealPeriod, LocalDate date) {
    return new PrintedFor(
        hospital.name(),
        hospital.site(site).map(SiteConfiguration::name).orElse(site),
        hospital.mealPeriod(mealPeriod).map(MealPeriod::name).orElse(mealPeriod),
        date);
  }

  /** "St Mungo's Hospitals NHS Trust · Central Hospital · Lunch · Tuesday 1 December 2026" */
  String line() {
    return hospital + " · " + site + " · " + meal + " · " + DAY.format(date);
  }

  String mealAndDay() {
    return meal + ", " + DAY.format(date);
  }
}
