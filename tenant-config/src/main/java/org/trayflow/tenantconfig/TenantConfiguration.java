package org.trayflow.tenantconfig;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a hospital organisation configures about itself, as read from its configuration file
 * ({@code docs/tenant-configuration.md}). The time zone decides when ordering windows open and
 * cut-offs fall; the locale, how its screens write dates, times and numbers and which language its
 * people are given until they choose their own.
 *
 * @param dietTags the diet labels its kitchens use on menu items (vegetarian, halal, low-sodium…)
 * @param dietTaxonomy which of those tags also meet others (vegan ⇒ vegetarian, and what the
 *     hospital adds)
 * @param courses the order in which menus list dishes, by their categories
 * @param deferredDuringLunch notifications that wait until a site's lunch window has passed
 * @param identityProvider where staff sign in with their hospital account, if the hospital has one
 * @param patients how its patients' diets reach Trayflow, and whether a house diet stands in for a
 *     missing one
 */
public record TenantConfiguration(
    Slug slug,
    String name,
    ZoneId timeZone,
    Locale locale,
    Payment payment,
    List<Slug> dietTags,
    DietTaxonomy dietTaxonomy,
    AllergenPolicy allergenPolicy,
    CourseOrder courses,
    List<MealPeriod> mealPeriods,
    OrderingLimits orderingLimits,
    Set<NotificationKind> deferredDuringLunch,
    List<SiteConfiguration> sites,
    Optional<HospitalIdentityProvider> identityProvider,
    PatientCare patients) {

  public TenantConfiguration {
    dietTags = List.copyOf(dietTags);
    mealPeriods = List.copyOf(mealPeriods);
    deferredDuringLunch = Set.copyOf(deferredDuringLunch);
    sites = List.copyOf(sites);
  }

  /**
   * @param id a meal period's id, such as {@code lunch}
   */
  public Optional<MealPeriod> mealPeriod(String id) {
    return mealPeriods.stream().filter(meal -> meal.id().value().equals(id)).findFirst();
  }

  public Optional<SiteConfiguration> site(String slug) {
    return sites.stream().filter(site -> site.slug().value().equals(slug)).findFirst();
  }

  /** The sites whose lunch window, in the hospital's time zone, contains the moment. */
  public Set<String> sitesAtLunch(Instant moment) {
    LocalTime there = moment.atZone(timeZone).toLocalTime();
    return sites.stream()
        .filter(site -> site.lunchWindow().contains(there))
        .map(site -> site.slug().value())
        .collect(Collectors.toSet());
  }

  public TenantConfiguration withMealPeriods(List<MealPeriod> replaced) {
    return new TenantConfiguration(
        slug,
        name,
        timeZone,
        locale,
        payment,
        dietTags,
        dietTaxonomy,
        allergenPolicy,
        courses,
        replaced,
        orderingLimits,
        deferredDuringLunch,
        sites,
        identityProvider,
        patients);
  }

  public TenantConfiguration withSites(List<SiteConfiguration> replaced) {
    return new TenantConfiguration(
        slug,
        name,
        timeZone,
        locale,
        payment,
        dietTags,
        dietTaxonomy,
        allergenPolicy,
        courses,
        mealPeriods,
        orderingLimits,
        deferredDuringLunch,
        replaced,
        identityProvider,
        patients);
  }
}
