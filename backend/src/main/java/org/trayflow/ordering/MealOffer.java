package org.trayflow.ordering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.tenantconfig.MealPeriod;

/**
 * One meal as a person ordering sees it: whether it can be ordered now, and each dish of the newest
 * published menu with the portions left. The portions are a figure to show; the checkout decides.
 *
 * @param menuVersion absent when no menu is published for that week
 */
public record MealOffer(
    String site,
    LocalDate date,
    MealPeriod meal,
    OrderingWindow window,
    Ordering ordering,
    Optional<Integer> menuVersion,
    List<Choice> choices) {

  /** Where the meal stands in its ordering window at the moment of asking. */
  public enum Ordering {
    NOT_YET_OPEN,
    OPEN,
    CLOSED
  }

  public record Choice(PublishedMenu.OfferedDish dish, int portionsLeft) {

    public boolean soldOut() {
      return portionsLeft <= 0;
    }
  }

  public boolean isOpen() {
    return ordering == Ordering.OPEN;
  }
}
