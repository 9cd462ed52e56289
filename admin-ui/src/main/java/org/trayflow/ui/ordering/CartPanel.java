package org.trayflow.ui.ordering;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * The order being put together: each dish with − and +, where it goes, and the button that places
 * it.
 */
final class CartPanel extends Div {

  private final H3 heading = new H3("Your order");
  private final Div lines = new Div();
  private final Paragraph problem = new Paragraph();
  private final Button place = new Button("Place order", VaadinIcon.CHECK.create());

  CartPanel(Runnable placeOrder) {
    setId("cart");
    getStyle()
        .set("border-top", "2px solid var(--lumo-primary-color-50pct)")
        .set("padding-top", "var(--lumo-space-s)")
        .set("width", "100%");
    heading.getStyle().set("margin", "0");
    lines.setId("cart-lines");
    problem.setId("order-problem");
    problem
        .getStyle()
        .set("color", "var(--lumo-error-text-color)")
        .set("margin", "var(--lumo-space-xs) 0");
    problem.setVisible(false);
    place.setId("place-order");
    place.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    place.setWidthFull();
    place.setDisableOnClick(true);
    place.addClickListener(click -> placeOrder.run());
    add(heading, lines, problem, place);
  }

  void show(
      Cart cart,
      String deliverTo,
      boolean open,
      LongPredicate mayAddOne,
      LongConsumer addOne,
      LongConsumer takeOne) {
    lines.removeAll();
    if (cart.isEmpty()) {
      lines.add(new Paragraph("Nothing yet: add dishes from the menu above."));
    }
    for (long dish : cart.dishes()) {
      Span what = new Span(cart.quantityOf(dish) + " × " + cart.nameOf(dish));
      what.getStyle().set("flex", "1");
      Button less = new Button(VaadinIcon.MINUS.create(), click -> takeOne.accept(dish));
      less.setAriaLabel("One less " + cart.nameOf(dish));
      Button more = new Button(VaadinIcon.PLUS.create(), click -> addOne.accept(dish));
      more.setAriaLabel("One more " + cart.nameOf(dish));
      more.setEnabled(mayAddOne.test(dish));
      less.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      HorizontalLayout line = new HorizontalLayout(what, less, more);
      line.addClassName("cart-line");
      line.setWidthFull();
      line.setAlignItems(FlexComponent.Alignment.CENTER);
      lines.add(line);
    }
    if (!cart.isEmpty()) {
      lines.add(new Paragraph("To " + deliverTo + "."));
    }
    place.setText(
        cart.isEmpty()
            ? "Place order"
            : "Place order ("
                + cart.portions()
                + " portion"
                + (cart.portions() == 1 ? "" : "s")
                + ")");
    place.setEnabled(open && !cart.isEmpty());
  }

  void problem(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }

  void noProblem() {
    problem.setVisible(false);
  }
}
