package org.trayflow.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.KitchenMove;
import org.trayflow.ordering.OrderBook;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.ordering.OrderingWindow;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The kitchen moves a meal's orders on: in preparation, ready, then delivered to wards or
 * collected. A whole meal is not started while its orders can still be placed or cancelled (those
 * placed after would be left behind, and their orderers would lose their Cancel button without
 * knowing why) unless the kitchen says it means to.
 */
@ApplicationScoped
public class KitchenProgress {

  private static final Logger LOG = Logger.getLogger(KitchenProgress.class.getName());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", HospitalLocale.FORMATS);

  @Inject Sites sites;
  @Inject OrderBook book;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  /** Which orders, as the kitchen names them. */
  public record Move(
      String site,
      LocalDate date,
      String mealPeriod,
      Optional<String> location,
      Optional<Set<OrderId>> chosen,
      OrderStatus to) {}

  /**
   * @param overrideOpenOrdering the kitchen starts the whole meal although it can still be ordered:
   *     told first
   * @return the orders moved (those already further on, or not as far, stay where they are)
   * @throws MealStillOpen for a whole meal still open to orders or cancellations, unless overridden
   */
  public int move(Move move, boolean overrideOpenOrdering) {
    KitchenMove found = resolve(move);
    if (found.wholeMeal() && move.to() == OrderStatus.IN_PREPARATION && !overrideOpenOrdering) {
      stillOpen(move)
          .ifPresent(
              until -> {
                throw new MealStillOpen(until);
              });
    }
    int moved = book.advance(found, clock.instant());
    LOG.info(
        () ->
            "The kitchen moved "
                + moved
                + " order(s) of "
                + move.mealPeriod()
                + " on "
                + move.date()
                + " at "
                + move.site()
                + move.location().map(l -> " (" + l + ")").orElse("")
                + move.chosen().map(c -> " (" + c.size() + " chosen)").orElse("")
                + " to "
                + move.to()
                + (overrideOpenOrdering ? ", ordering still open" : ""));
    return moved;
  }

  /** How many orders {@link #move} would move now. */
  public int countMovable(Move move) {
    return book.countMovable(resolve(move));
  }

  /** Until when the meal's orders can still be placed or cancelled, in words, if they still can. */
  public Optional<String> stillOpen(Move move) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    return hospital
        .mealPeriod(move.mealPeriod())
        .map(meal -> OrderingWindow.of(meal, move.date(), hospital.timeZone()))
        .filter(window -> window.acceptsCancellationsAt(clock.instant()))
        .map(
            window ->
                hospital.mealPeriod(move.mealPeriod()).map(MealPeriod::name).orElseThrow()
                    + " can still be"
                    + " ordered or cancelled until "
                    + TIME.format(window.cutOff()));
  }

  private KitchenMove resolve(Move move) {
    if (move.to().comesAfter().isEmpty()) {
      throw new NotAKitchenStatus(move.to());
    }
    long siteId = sites.findSiteId(move.site()).orElseThrow(() -> new SiteNotFound(move.site()));
    Optional<Long> locationId =
        move.location()
            .map(
                slug ->
                    sites.findLocationId(siteId, slug).orElseThrow(() -> new NoSuchLocation(slug)));
    return new KitchenMove(
        new Slot(siteId, move.date(), new Slug(move.mealPeriod())),
        locationId,
        move.chosen(),
        move.to());
  }

  /** PLACED and CANCELLED belong to the orderer, not to the kitchen. */
  static final class NotAKitchenStatus extends ExpectedFailure {
    NotAKitchenStatus(OrderStatus status) {
      super(
          Kind.INVALID,
          "not-a-kitchen-status",
          "The kitchen cannot set an order to " + status.words() + ".",
          List.of(new Detail("status", "one of IN_PREPARATION, READY, DELIVERED, COLLECTED")));
    }
  }

  static final class NoSuchLocation extends ExpectedFailure {
    NoSuchLocation(String slug) {
      super(
          Kind.NOT_FOUND,
          "location-not-found",
          "There is no ward, department or pick-up point '" + slug + "'.");
    }
  }

  /**
   * A whole meal started while it can still be ordered: refused unless the kitchen overrides it
   * knowingly.
   */
  public static final class MealStillOpen extends ExpectedFailure {
    MealStillOpen(String until) {
      super(
          Kind.CONFLICT,
          "meal-still-open",
          until
              + "; nothing was moved. Move the orders chosen, or start the"
              + " whole meal anyway (override), knowing that orders placed after will not be in preparation.");
    }
  }
}
