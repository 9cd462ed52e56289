package org.trayflow.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.trayflow.ordering.OrderBook;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;

/** The kitchen moves a meal's orders on: in preparation, ready, then delivered to wards or collected. */
@ApplicationScoped
public class KitchenProgress {

  private static final Logger LOG = Logger.getLogger(KitchenProgress.class.getName());

  @Inject Sites sites;
  @Inject OrderBook book;
  @Inject Clock clock;

  /**
   * @param location one ward or pick-up point's orders only; all of the meal's otherwise
   * @return the orders moved (those already further on, or not as far, stay where they are)
   */
  public int move(String site, LocalDate date, String mealPeriod, Optional<String> location, OrderStatus to) {
    if (to.comesAfter().isEmpty()) {
      throw new NotAKitchenStatus(to);
    }
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    Optional<Long> locationId = location.map(slug -> sites.findLocationId(siteId, slug)
        .orElseThrow(() -> new NoSuchLocation(slug)));
    int moved = book.advance(new Slot(siteId, date, mealPeriod), locationId, to, clock.instant());
    LOG.info(() -> "The kitchen moved " + moved + " order(s) of " + mealPeriod + " on " + date + " at " + site
        + location.map(l -> " (" + l + ")").orElse("") + " to " + to);
    return moved;
  }

  /** PLACED and CANCELLED belong to the orderer, not to the kitchen. */
  static final class NotAKitchenStatus extends ExpectedFailure {
    NotAKitchenStatus(OrderStatus status) {
      super(Kind.INVALID, "not-a-kitchen-status", "The kitchen cannot set an order to " + status.words() + ".",
          List.of(new Detail("status", "one of IN_PREPARATION, READY, DELIVERED, COLLECTED")));
    }
  }

  static final class NoSuchLocation extends ExpectedFailure {
    NoSuchLocation(String slug) {
      super(Kind.NOT_FOUND, "location-not-found", "There is no ward, department or pick-up point '" + slug + "'.");
    }
  }
}
