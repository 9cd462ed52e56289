package org.trayflow.ui.ordering;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trayflow.ordering.OrderPage;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.ordering.PlacedOrder;
import org.trayflow.ui.Times;

/**
 * The person's own orders, newest first, a page at a time, each cancellable until its meal's
 * cut-off, or saying why it no longer is.
 */
final class MyOrders extends Div {

  private final Div list = new Div();
  private final Button older = new Button(getTranslation("myOrders.older"));
  private final Function<String, OrderPage> pages;
  private final Function<PlacedOrder, Optional<String>> whyNotCancellable;
  private final Consumer<PlacedOrder> cancel;
  private final Function<PlacedOrder, String> where;
  private final Function<String, String> mealName;
  private String next;

  /**
   * @param pages the page after a cursor (null: the first page)
   * @param where the site and location of an order, as people call them
   */
  MyOrders(
      Function<String, OrderPage> pages,
      Function<PlacedOrder, Optional<String>> whyNotCancellable,
      Consumer<PlacedOrder> cancel,
      Function<PlacedOrder, String> where,
      Function<String, String> mealName) {
    this.pages = pages;
    this.whyNotCancellable = whyNotCancellable;
    this.cancel = cancel;
    this.where = where;
    this.mealName = mealName;
    setId("my-orders");
    setWidthFull();
    list.getStyle()
        .set("display", "flex")
        .set("flex-direction", "column")
        .set("gap", "var(--lumo-space-s)");
    older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    older.addClickListener(click -> more());
    add(new H3(getTranslation("myOrders.title")), list, older);
  }

  void reload() {
    list.removeAll();
    next = null;
    more();
    if (list.getComponentCount() == 0) {
      list.add(new Paragraph(getTranslation("myOrders.none")));
    }
  }

  private void more() {
    OrderPage page = pages.apply(next);
    page.orders().forEach(order -> list.add(card(order)));
    next = page.next();
    older.setVisible(next != null);
  }

  private Div card(PlacedOrder order) {
    Div card = new Div();
    card.addClassName("my-order");
    card.setId("order-" + order.id());
    card.getStyle()
        .set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)");
    Span when =
        new Span(
            order.serviceDate().format(Times.day()) + " · " + mealName.apply(order.mealPeriod()));
    when.getStyle().set("font-weight", "600");
    OrderStatus now = order.status();
    Span status = new Span(getTranslation("status." + now.word()));
    status.addClassName("order-status");
    status
        .getStyle()
        .set("float", "right")
        .set("font-size", "var(--lumo-font-size-s)")
        .set(
            "color",
            now == OrderStatus.CANCELLED
                ? "var(--lumo-secondary-text-color)"
                : "var(--lumo-success-text-color)");
    Paragraph dishes =
        new Paragraph(
            String.join(
                ", ",
                order.lines().stream()
                    .map(line -> line.quantity() + " × " + line.name())
                    .toList()));
    dishes.getStyle().set("margin", "0");
    Span to = new Span(getTranslation("myOrders.to", where.apply(order)));
    to.getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    card.add(status, when, dishes, to);
    whyNotCancellable
        .apply(order)
        .ifPresentOrElse(
            why -> {
              Span notAnyMore = new Span(why);
              notAnyMore.addClassName("why-not-cancellable");
              notAnyMore
                  .getStyle()
                  .set("display", "block")
                  .set("font-size", "var(--lumo-font-size-s)")
                  .set("color", "var(--lumo-secondary-text-color)");
              card.add(notAnyMore);
            },
            () -> {
              Button cancelling =
                  new Button(getTranslation("order.cancel.yes"), click -> cancel.accept(order));
              cancelling.addClassName("cancel-order");
              cancelling.addThemeVariants(
                  ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
              cancelling.getStyle().set("display", "block");
              card.add(cancelling);
            });
    return card;
  }
}
