package org.trayflow.ui.kitchen;

import java.util.List;
import org.trayflow.kitchen.Production;

/**
 * Ordered against planned for each dish of a meal, as an SVG bar chart drawn on the server (the
 * free Vaadin components have no charts): a grey bar for the plan, a blue one for what is ordered,
 * red when sold out.
 */
final class DishBars {

  private static final int ROW = 30;
  private static final int LABEL = 230;
  private static final int BAR = 300;
  private static final int MIN_VISIBLE = 4;

  private DishBars() {}

  static String of(List<Production.Dish> dishes) {
    int most =
        Math.max(
            1, dishes.stream().mapToInt(d -> Math.max(d.planned(), d.ordered())).max().orElse(1));
    int height = Math.max(ROW, dishes.size() * ROW);
    StringBuilder svg =
        new StringBuilder(
            "<svg xmlns='http://www.w3.org/2000/svg' role='img' class='dish-bars'"
                + " viewBox='0 0 "
                + (LABEL + BAR + 120)
                + " "
                + height
                + "' width='100%' style='max-width:40em'>"
                + "<title>Portions ordered against planned, per dish</title>");
    for (int i = 0; i < dishes.size(); i++) {
      Production.Dish dish = dishes.get(i);
      int y = i * ROW;
      String colour = dish.soldOut() ? "#d32f2f" : "#1676f3";
      svg.append("<g class='dish-bar")
          .append(dish.soldOut() ? " sold-out" : "")
          .append("'>")
          .append("<text x='0' y='")
          .append(y + 19)
          .append("' font-size='14' fill='")
          .append(dish.soldOut() ? "#d32f2f" : "#1a1a1a")
          .append("'>")
          .append(escape(dish.name()))
          .append("</text>")
          .append("<rect x='")
          .append(LABEL)
          .append("' y='")
          .append(y + 5)
          .append("' height='18' width='")
          .append(length(dish.planned(), most))
          .append("' fill='#e3e6ea'/>")
          .append("<rect x='")
          .append(LABEL)
          .append("' y='")
          .append(y + 5)
          .append("' height='18' width='")
          .append(length(dish.ordered(), most))
          .append("' fill='")
          .append(colour)
          .append("'/>")
          .append("<text x='")
          .append(LABEL + BAR + 8)
          .append("' y='")
          .append(y + 19)
          .append("' font-size='13'>")
          .append(dish.ordered())
          .append(" / ")
          .append(dish.planned())
          .append(dish.soldOut() ? " sold out" : "")
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A bar's length; a count above zero is never drawn shorter than can be seen, however large the
   * plan beside it.
   */
  static int length(int count, int most) {
    return count <= 0 ? 0 : Math.max(MIN_VISIBLE, BAR * count / most);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;");
  }
}
