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
import org.trayflow.ui.NutritionLabel;

/**
 * The order being put together: each dish with − and +, where it goes, its running total of price
 * and nutrients, and the button that places it.
 */
final class CartPanel extends Div {

  private final H3 heading = new H3(getTranslation("cart.title"));
  private final Div lines = new Div();
  private final Div totals = new Div();
  private final Paragraph problem = new Paragraph();
  private final Button place = new Button(getTranslation("cart.place"), VaadinIcon.CHECK.create());

  CartPanel(Runnable placeOrder) {
    setId("cart");
    getStyle()
        .set("border-top", "2px solid var(--lumo-primary-color-50pct)")
        .set("padding-top", "var(--lumo-space-s)")
        .set("width", "100%");
    heading.getStyle().set("margin", "0");
    lines.setId("cart-lines");
    totals.setId("cart-totals");
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
    add(heading, lines, totals, problem, place);
  }

  void show(
      Cart cart,
      String deliverTo,
      boolean open,
      CartTotal total,
      LongPredicate mayAddOne,
      LongConsumer addOne,
      LongConsumer takeOne) {
    lines.removeAll();
    totals.removeAll();
    if (cart.isEmpty()) {
      lines.add(new Paragraph(getTranslation("cart.empty")));
    }
    for (long dish : cart.dishes()) {
      Span what = new Span(cart.quantityOf(dish) + " × " + cart.nameOf(dish));
      what.getStyle().set("flex", "1");
      Button less = new Button(VaadinIcon.MINUS.create(), click -> takeOne.accept(dish));
      less.setAriaLabel(getTranslation("cart.oneLess", cart.nameOf(dish)));
      Button more = new Button(VaadinIcon.PLUS.create(), click -> addOne.accept(dish));
      more.setAriaLabel(getTranslation("cart.oneMore", cart.nameOf(dish)));
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
      lines.add(new Paragraph(getTranslation("cart.to", deliverTo)));
      total.price().ifPresent(price -> totals.add(strong(getTranslation("cart.total", price))));
      total
          .account()
          .ifPresent(
              words -> {
                Paragraph account = new Paragraph(words);
                account.addClassName("cart-account");
                account.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
                totals.add(account);
              });
      total
          .pastMeans()
          .ifPresent(
              why -> {
                Paragraph past = new Paragraph(why);
                past.addClassName("cart-past-means");
                past.getStyle()
                    .set("margin", "var(--lumo-space-xs) 0")
                    .set("color", "var(--lumo-error-text-color)")
                    .set("font-weight", "600");
                totals.add(past);
              });
      NutritionLabel.headline(total.nutrition())
          .flatMap(
              headline ->
                  NutritionLabel.folded(
                      total.nutrition(),
                      total.scheme(),
                      getTranslation("cart.nutrition", headline)))
          .ifPresent(totals::add);
    }
    place.setText(
        cart.isEmpty()
            ? getTranslation("cart.place")
            : getTranslation(
                cart.portions() == 1 ? "cart.place.one" : "cart.place.many", cart.portions()));
    place.setEnabled(open && !cart.isEmpty() && total.pastMeans().isEmpty());
  }

  private static Paragraph strong(String text) {
    Paragraph line = new Paragraph(text);
    line.addClassName("cart-price");
    line.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-xs) 0");
    return line;
  }

  void problem(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }

  void noProblem() {
    problem.setVisible(false);
  }
}
