package org.trayflow.ui.ordering;

import java.time.LocalDate;
import java.util.List;

/**
 * A cart as it is kept outside the browser session, so that a person whose session ended (a time
 * without use, a sign-out in another tab) finds it again after signing in: which meal it is for,
 * the dishes, and the Idempotency-Key its checkout was last tried with, so that a retry after a
 * lost answer still orders once.
 */
public record KeptCart(
    String site,
    LocalDate day,
    String mealPeriod,
    String location,
    List<Line> lines,
    String idempotencyKey) {

  /** One dish of the cart. */
  public record Line(long dish, String name, int quantity) {}

  public KeptCart {
    lines = List.copyOf(lines);
  }
}
