package org.trayflow.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.trayflow.menus.Nutrition;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;

/**
 * A nutrition label as the hospital's people read one: the UK and EU list salt in grams, US labels
 * sodium in milligrams; energy in kcal. Wherever figures are shown (a dish, a cart, a patient's
 * day) they are written here, so that nobody learns two readings. A figure not known is said so,
 * never shown as 0.
 */
public final class NutritionLabel {

  /** One line of the label: "Fat", "of which saturates", their figures. */
  public record Row(String name, String figure, boolean part) {}

  private NutritionLabel() {}

  /** Every line of the label, in the order labels list them. */
  public static List<Row> rows(Nutrition n, Scheme scheme) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(Translations.words("nutrition.energy"), figure(n.energyKcal(), "kcal", 0), false));
    rows.add(new Row(Translations.words("nutrition.protein"), figure(n.proteinG(), "g", 1), false));
    rows.add(new Row(Translations.words("nutrition.fat"), figure(n.fatG(), "g", 1), false));
    rows.add(
        new Row(
            Translations.words("nutrition.saturates"), figure(n.saturatedFatG(), "g", 1), true));
    rows.add(
        new Row(
            Translations.words("nutrition.carbohydrate"),
            figure(n.carbohydrateG(), "g", 1),
            false));
    rows.add(new Row(Translations.words("nutrition.sugars"), figure(n.sugarsG(), "g", 1), true));
    rows.add(new Row(Translations.words("nutrition.fibre"), figure(n.fibreG(), "g", 1), false));
    rows.add(
        scheme == Scheme.US_9
            ? new Row(Translations.words("nutrition.sodium"), figure(n.sodiumMg(), "mg", 0), false)
            : new Row(Translations.words("nutrition.salt"), figure(n.saltG(), "g", 2), false));
    return rows;
  }

  /**
   * "520 kcal · 38.0 g protein", the two a dietitian looks for first; empty when neither is known.
   */
  public static Optional<String> headline(Nutrition n) {
    List<String> known = new ArrayList<>();
    Optional.ofNullable(n.energyKcal()).ifPresent(kcal -> known.add(figure(kcal, "kcal", 0)));
    Optional.ofNullable(n.proteinG())
        .ifPresent(
            g -> known.add(Translations.words("nutrition.headline.protein", figure(g, "g", 1))));
    return known.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", known));
  }

  /** The whole label, folded under its headline until someone opens it. */
  public static Optional<Details> folded(Nutrition n, Scheme scheme, String summary) {
    if (!n.anyKnown()) {
      return Optional.empty();
    }
    Details details = new Details(summary, table(n, scheme));
    details.addClassName("nutrition-label");
    details.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
    return Optional.of(details);
  }

  /** The label as a two-column table of figures. */
  public static Div table(Nutrition n, Scheme scheme) {
    Div table = new Div();
    table.addClassName("nutrition-table");
    table
        .getStyle()
        .set("display", "grid")
        .set("grid-template-columns", "auto auto")
        .set("gap", "0 var(--lumo-space-m)")
        .set("justify-content", "start");
    for (Row row : rows(n, scheme)) {
      Span name = new Span(row.name());
      if (row.part()) {
        name.getStyle().set("padding-left", "var(--lumo-space-m)");
      }
      Span figure = new Span(row.figure());
      figure.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
      table.add(name, figure);
    }
    return table;
  }

  /** A figure with its unit, to so many decimals; "not known" when it is not. */
  public static String figure(BigDecimal value, String unit, int decimals) {
    if (value == null) {
      return Translations.words("nutrition.notKnown");
    }
    return number(decimals).apply(value.setScale(decimals, RoundingMode.HALF_UP)) + " " + unit;
  }

  private static Function<BigDecimal, String> number(int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(Times.locale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format::format;
  }
}
