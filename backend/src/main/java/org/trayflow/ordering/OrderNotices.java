package org.trayflow.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.Map;
import org.trayflow.notifications.Outbox;
import org.trayflow.quotas.Portions;
import org.trayflow.quotas.Slot;
import org.trayflow.tenantconfig.NotificationKind;

/**
 * What ordering tells people through the outbox, in the order's transaction: the orderer of each
 * order placed, cancelled or moved on, the kitchen of dishes nearly sold out. The messages are
 * written from these payloads later, after the rush.
 */
@ApplicationScoped
class OrderNotices {

  @Inject Outbox outbox;

  void placed(PlacedOrder order, long siteId, Instant now) {
    announce(NotificationKind.ORDER_CONFIRMED, siteId, order, now);
  }

  void cancelled(PlacedOrder order, long siteId, Instant now) {
    announce(NotificationKind.ORDER_CANCELLED, siteId, order, now);
  }

  void movedOn(PlacedOrder order, long siteId, Instant now) {
    announce(NotificationKind.ORDER_STATUS_CHANGED, siteId, order, now);
  }

  /** Once per dish and meal, however many orders pass the mark. */
  void nearlySoldOut(String site, Slot slot, Portions left, Map<Long, String> names, Instant now) {
    left.forEach(
        (dish, portions) ->
            outbox.addOnce(
                NotificationKind.PORTIONS_NEARLY_SOLD_OUT,
                slot.siteId(),
                Json.createObjectBuilder()
                    .add("site", site)
                    .add("serviceDate", slot.serviceDate().toString())
                    .add("mealPeriod", slot.mealPeriod().value())
                    .add("item", dish)
                    .add("name", names.get(dish))
                    .add("left", portions)
                    .build(),
                now,
                "nearly-sold-out:"
                    + slot.siteId()
                    + ":"
                    + slot.serviceDate()
                    + ":"
                    + slot.mealPeriod()
                    + ":"
                    + dish));
  }

  private void announce(NotificationKind kind, long siteId, PlacedOrder order, Instant now) {
    JsonArrayBuilder dishes = Json.createArrayBuilder();
    order
        .lines()
        .forEach(
            line ->
                dishes.add(
                    Json.createObjectBuilder()
                        .add("item", line.item())
                        .add("name", line.name())
                        .add("quantity", line.quantity())));
    outbox.add(
        kind,
        siteId,
        Json.createObjectBuilder()
            .add("orderId", order.id().value())
            .add("orderer", order.orderer())
            .add("site", order.site())
            .add("location", order.location())
            .add("serviceDate", order.serviceDate().toString())
            .add("mealPeriod", order.mealPeriod())
            .add("status", order.status().word())
            .add("lines", dishes)
            .build(),
        now);
  }
}
