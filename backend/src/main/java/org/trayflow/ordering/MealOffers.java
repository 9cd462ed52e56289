package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.PortionsLeft;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What staff may order for a meal, read the way the checkout reads it: newest published menu, Redis
 * counters.
 */
@ApplicationScoped
public class MealOffers {

  @Inject Sites sites;
  @Inject PublishedMenus menus;
  @Inject PortionsLeft portionsLeft;
  @Inject Clock clock;

  public MealOffer offer(
      TenantConfiguration configuration, String site, LocalDate date, MealPeriod meal) {
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    OrderingWindow window = OrderingWindow.of(meal, date, configuration.timeZone());
    MenuWeek week = MenuWeek.containing(date);
    Optional<PublishedMenu> menu = menus.newest(site, week);
    Optional<Integer> version = menu.map(PublishedMenu::version);
    List<PublishedMenu.OfferedDish> dishes =
        menu.map(m -> m.served(date, meal.id().value(), configuration.courses())).orElse(List.of());
    Portions left =
        dishes.isEmpty()
            ? Portions.none()
            : portionsLeft.of(configuration.timeZone(), new Slot(siteId, date, meal.id()));
    return new MealOffer(
        site,
        date,
        meal,
        window,
        standing(window, clock.instant()),
        version,
        dishes.stream().map(dish -> new MealOffer.Choice(dish, left.of(dish.itemId()))).toList());
  }

  /** The first meal of the day that can be ordered now, the one a person most likely came for. */
  public Optional<MealPeriod> firstOpen(TenantConfiguration configuration, LocalDate date) {
    Instant now = clock.instant();
    return configuration.mealPeriods().stream()
        .filter(
            meal -> OrderingWindow.of(meal, date, configuration.timeZone()).acceptsOrdersAt(now))
        .findFirst();
  }

  private static MealOffer.Ordering standing(OrderingWindow window, Instant now) {
    if (now.isBefore(window.opens().toInstant())) {
      return MealOffer.Ordering.NOT_YET_OPEN;
    }
    return window.acceptsOrdersAt(now) ? MealOffer.Ordering.OPEN : MealOffer.Ordering.CLOSED;
  }
}
