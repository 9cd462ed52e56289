package org.trayflow.ui.ordering;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trayflow.ordering.OrderRequest;

/**
 * The dishes a person is about to order for one meal. It hands out the Idempotency-Key of each
 * request: the same key for the same request, so that a second tap or a retry after a lost answer
 * never orders twice, and a new one as soon as anything in the request changes.
 */
final class Cart {

  /** The checkout accepts at most this many portions of one dish in an order. */
  static final int MOST_OF_ONE_DISH = 20;

  private final Map<Long, Integer> quantities = new LinkedHashMap<>();
  private final Map<Long, String> names = new LinkedHashMap<>();
  private OrderRequest asked;
  private String key;

  void add(long item, String name) {
    names.put(item, name);
    quantities.merge(item, 1, (had, one) -> Math.min(MOST_OF_ONE_DISH, had + one));
  }

  void takeOne(long item) {
    quantities.computeIfPresent(item, (dish, had) -> had > 1 ? had - 1 : null);
  }

  /**
   * Lowers each dish to what is left of it (dropping what is sold out), after the checkout found
   * less.
   */
  void keepAtMost(Map<Long, Integer> left) {
    quantities.replaceAll((dish, had) -> Math.min(had, left.getOrDefault(dish, 0)));
    quantities.values().removeIf(quantity -> quantity == 0);
  }

  void empty() {
    quantities.clear();
    names.clear();
    asked = null;
    key = null;
  }

  boolean isEmpty() {
    return quantities.isEmpty();
  }

  int quantityOf(long item) {
    return quantities.getOrDefault(item, 0);
  }

  int portions() {
    return quantities.values().stream().mapToInt(Integer::intValue).sum();
  }

  String nameOf(long item) {
    return names.getOrDefault(item, "dish " + item);
  }

  /** The dishes in the order they were added. */
  List<Long> dishes() {
    return List.copyOf(quantities.keySet());
  }

  OrderRequest request(String site, LocalDate date, String mealPeriod, String location) {
    return new OrderRequest(
        site,
        date,
        mealPeriod,
        location,
        quantities.entrySet().stream()
            .map(line -> new OrderRequest.Line(line.getKey(), line.getValue()))
            .toList());
  }

  /** The cart as it is kept for this meal, with the key its checkout was last tried with. */
  KeptCart kept(String site, LocalDate date, String mealPeriod, String location) {
    OrderRequest request = request(site, date, mealPeriod, location);
    return new KeptCart(
        site,
        date,
        mealPeriod,
        location,
        quantities.entrySet().stream()
            .map(line -> new KeptCart.Line(line.getKey(), nameOf(line.getKey()), line.getValue()))
            .toList(),
        request.equals(asked) ? key : null);
  }

  /** Holds a kept cart again; a checkout of the same dishes reuses the key it was tried with. */
  void restore(KeptCart kept) {
    empty();
    kept.lines()
        .forEach(
            line -> {
              names.put(line.dish(), line.name());
              quantities.put(line.dish(), Math.min(MOST_OF_ONE_DISH, line.quantity()));
            });
    if (kept.idempotencyKey() != null) {
      asked = request(kept.site(), kept.day(), kept.mealPeriod(), kept.location());
      key = kept.idempotencyKey();
    }
  }

  String idempotencyKeyFor(OrderRequest request) {
    if (!request.equals(asked)) {
      asked = request;
      key = UUID.randomUUID().toString();
    }
    return key;
  }
}
