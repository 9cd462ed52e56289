package org.trayflow.ordering.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.Order;
import org.trayflow.ordering.PlacedOrder;
import org.trayflow.patients.MealStage;
import org.trayflow.patients.OrderedMeals;

/** Ordering's answer to what patients asks of the orders behind its patients' meals. */
@ApplicationScoped
@Transactional
class OrderedMealsQuery implements OrderedMeals {

  @Inject Orders orders;

  @Override
  public Map<OrderId, OrderedMeal> of(Collection<OrderId> orderIds) {
    List<Order> found = orders.byIds(orderIds);
    Map<OrderId, List<PlacedOrder.Line>> lines =
        orders.linesOf(found.stream().map(Order::id).toList());
    return found.stream()
        .map(order -> meal(order, lines.getOrDefault(order.id(), List.of())))
        .collect(Collectors.toMap(OrderedMeal::orderId, Function.identity()));
  }

  private static OrderedMeal meal(Order order, List<PlacedOrder.Line> lines) {
    return new OrderedMeal(
        order.id(),
        order.serviceDate(),
        order.mealPeriod().value(),
        order.slot().siteId(),
        order.locationId(),
        order.menuVersion(),
        MealStage.valueOf(order.status().name()),
        order.placedAt(),
        order.orderer(),
        lines.stream().map(l -> new Dish(l.item(), l.name(), l.quantity())).toList());
  }
}
