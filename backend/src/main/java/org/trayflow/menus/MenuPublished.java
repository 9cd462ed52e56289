package org.trayflow.menus;

import java.time.LocalDate;
import java.util.List;

/**
 * A week's menu was published as a new version; fired inside the publication's transaction, so that
 * what follows from it (the portions on sale) is committed with it or not at all.
 *
 * @param site the site's slug, for messages; {@code siteId} for rows
 * @param plan every dish the version offers, with the portions it plans
 */
public record MenuPublished(
    String site,
    long siteId,
    LocalDate monday,
    long weeklyMenuId,
    int version,
    List<PlannedPortions> plan) {

  public MenuPublished {
    plan = List.copyOf(plan);
  }

  /** The portions a published menu plans of one dish at one meal. */
  public record PlannedPortions(
      LocalDate serviceDate, String mealPeriod, long dishId, String dishName, int portions) {}
}
