package org.trayflow.ui.ordering;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.ordering.MealOffer;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.ui.DishAllergens;
import org.trayflow.ui.IddsiWords;
import org.trayflow.ui.NutritionLabel;

/**
 * One dish of the meal as a card: what it is (description, texture, nutrition per portion), what it
 * contains, how many portions are left, and "Add".
 */
final class DishChoice extends Div {

  private final Button adding;
  private final String dishName;

  DishChoice(MealOffer.Choice choice, Optional<String> price, Scheme scheme, Runnable add) {
    PublishedMenu.OfferedDish dish = choice.dish();
    addClassName("dish-choice");
    setId("dish-" + dish.itemId());
    getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("align-items", "center")
        .set("gap", "var(--lumo-space-s)")
        .set("box-sizing", "border-box");
    if (choice.soldOut()) {
      getStyle().set("background", "var(--lumo-contrast-5pct)");
    }

    Div about = new Div();
    about.getStyle().set("flex", "1 1 14em").set("min-width", "0");
    Span name = new Span(dish.name());
    name.addClassName("dish-name");
    name.getStyle().set("font-weight", "600").set("display", "block");
    List<String> facts = new ArrayList<>();
    facts.add(dish.category());
    facts.add(dish.portionSize());
    price.ifPresent(facts::add);
    Optional.ofNullable(dish.iddsiLevel()).map(IddsiWords::texture).ifPresent(facts::add);
    Span kind = small(String.join(" · ", facts));
    about.add(name, kind);
    if (!dish.description().isBlank()) {
      Span description = small(dish.description());
      description.addClassName("dish-description");
      about.add(description);
    }
    DishAllergens.of(dish, scheme).ifPresent(about::add);
    if (!dish.dietTags().isEmpty()) {
      about.add(small(String.join(" · ", dish.dietTags())));
    }
    NutritionLabel.headline(dish.nutrition())
        .flatMap(headline -> NutritionLabel.folded(dish.nutrition(), scheme, headline))
        .ifPresent(about::add);

    Span left =
        new Span(
            choice.soldOut()
                ? getTranslation("dish.soldOut")
                : getTranslation("dish.left", choice.portionsLeft()));
    left.addClassName("portions-left");
    left.getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "600")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set(
            "color",
            choice.soldOut() ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
        .set(
            "background",
            choice.soldOut() ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)");

    dishName = dish.name();
    adding = new Button(getTranslation("dish.add"), VaadinIcon.PLUS.create(), click -> add.run());
    adding.addClassName("add-dish");
    adding.setAriaLabel(getTranslation("dish.add.named", dish.name()));
    adding.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    add(about, left, adding);
  }

  /**
   * Follows the cart: the card stays the same element, so a quick second tap lands on the same
   * button.
   */
  void follow(int inCart, boolean mayAddOne) {
    adding.setText(getTranslation(inCart > 0 ? "dish.addAnother" : "dish.add"));
    adding.setAriaLabel(
        getTranslation(inCart > 0 ? "dish.addAnother.named" : "dish.add.named", dishName));
    adding.setEnabled(mayAddOne);
  }

  private static Span small(String text) {
    Span span = new Span(text);
    span.getStyle()
        .set("display", "block")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    return span;
  }
}
