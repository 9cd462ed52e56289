package org.trayflow.quotas;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A number of portions of each dish, dishes named by their menu item id: what an order asks for,
 * what is left of a meal, what a new plan changes. Always in dish id order, the order in which
 * portions are taken, so that two checkouts never wait on each other crosswise.
 *
 * @param perDish portions by menu item id; a dish not named has none
 */
public record Portions(SortedMap<Long, Integer> perDish) {

  private static final Portions NONE = new Portions(new TreeMap<>());

  public Portions {
    perDish.forEach(
        (dish, count) -> {
          if (dish == null || count == null) {
            throw new IllegalArgumentException("every dish has a number of portions");
          }
        });
    perDish = Collections.unmodifiableSortedMap(new TreeMap<>(perDish));
  }

  public static Portions none() {
    return NONE;
  }

  public static Portions of(Map<Long, Integer> perDish) {
    return new Portions(new TreeMap<>(perDish));
  }

  /** The portions of one dish, zero when it is not named. */
  public int of(long dish) {
    return perDish.getOrDefault(dish, 0);
  }

  public boolean isEmpty() {
    return perDish.isEmpty();
  }

  /** Each dish with its portions, in dish id order. */
  public void forEach(BiConsumer<Long, Integer> action) {
    perDish.forEach(action);
  }

  /** Collects portions dish by dish; a dish added twice counts both. */
  public static final class Tally {
    private final SortedMap<Long, Integer> perDish = new TreeMap<>();

    public Tally add(long dish, int count) {
      perDish.merge(dish, count, Integer::sum);
      return this;
    }

    public Portions portions() {
      return new Portions(perDish);
    }
  }
}
