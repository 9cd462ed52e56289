package org.trayflow.kitchen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.trayflow.platform.Counts;

/**
 * Printable A4 pages for the kitchen, as tables with the hospital, site, meal and date at the top
 * of every page: the production sheet of a meal (each dish ordered against planned, then per
 * location and per diet), and the order tickets (a page per location, each order with who and
 * what).
 */
public final class ProductionSheets {

  private static final float MARGIN = 40;
  private static final float TABLE_TEXT = 10;

  private ProductionSheets() {}

  public static byte[] productionSheet(Production production, PrintedFor printedFor) {
    try (Paper paper = new Paper(PDRectangle.A4, MARGIN, "Page")) {
      paper.start(header("Production sheet", printedFor), Optional.empty());
      paper.table(
          List.of(
              new Paper.Column("Dish", 5, false),
              new Paper.Column("Ordered", 1.3f, true),
              new Paper.Column("Planned", 1.3f, true),
              new Paper.Column("Left", 1.3f, true)),
          production.dishes().stream()
              .map(
                  dish ->
                      List.of(
                          dish.name(),
                          String.valueOf(dish.ordered()),
                          String.valueOf(dish.planned()),
                          dish.soldOut() ? "SOLD OUT" : String.valueOf(dish.left())))
              .toList(),
          TABLE_TEXT);
      paper.space(4);
      paper.paragraph(
          new Paper.Text(
              "Total: " + portions(production.portionsOrdered()) + " ordered", 11, true));
      if (production.flaggedMeals() > 0) {
        paper.paragraph(
            new Paper.Text(
                "HELD BACK: "
                    + Counts.of(production.flaggedMeals(), "patient meal", "patient meals")
                    + " whose diet changed after ordering, until the ward has checked them",
                11,
                true));
      }
      if (!production.lateTrays().isEmpty()) {
        section(
            paper,
            "Late trays · "
                + Counts.of(production.lateTrays().size(), "tray", "trays")
                + ", ordered after ordering closed");
        paper.table(
            List.of(
                new Paper.Column("Where", 3, false),
                new Paper.Column("Dishes", 4, false),
                new Paper.Column("Why late", 4, false)),
            production.lateTrays().stream()
                .map(
                    tray ->
                        List.of(tray.ward() + ", bed " + tray.bed(), tray.dishes(), tray.reason()))
                .toList(),
            TABLE_TEXT);
      }
      section(paper, "By ward and pick-up point");
      paper.table(
          List.of(
              new Paper.Column("Where", 3, false),
              new Paper.Column("Dish", 5, false),
              new Paper.Column("Portions", 1.3f, true)),
          production.byLocation().stream()
              .map(line -> List.of(line.location(), line.dish(), String.valueOf(line.portions())))
              .toList(),
          TABLE_TEXT);
      section(paper, "By diet of the dishes ordered");
      paper.table(
          List.of(new Paper.Column("Diet", 5, false), new Paper.Column("Portions", 1.3f, true)),
          production.byDiet().entrySet().stream()
              .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
              .toList(),
          TABLE_TEXT);
      section(paper, "Patients' meals by diet");
      paper.table(
          List.of(new Paper.Column("Diet", 5, false), new Paper.Column("Meals", 1.3f, true)),
          production.patientMealsByDiet().entrySet().stream()
              .map(e -> List.of(e.getKey(), String.valueOf(e.getValue())))
              .toList(),
          TABLE_TEXT);
      return paper.bytes();
    }
  }

  public static byte[] orderTickets(List<Production.Ticket> tickets, PrintedFor printedFor) {
    Map<String, List<Production.Ticket>> byLocation = new TreeMap<>();
    tickets.forEach(
        ticket ->
            byLocation.computeIfAbsent(ticket.location(), l -> new ArrayList<>()).add(ticket));
    try (Paper paper = new Paper(PDRectangle.A4, MARGIN, "Page")) {
      paper.start(header("Order tickets", printedFor), Optional.empty());
      if (byLocation.isEmpty()) {
        paper.paragraph(new Paper.Text("No orders.", 11, false));
      }
      boolean first = true;
      for (Map.Entry<String, List<Production.Ticket>> location : byLocation.entrySet()) {
        if (!first) {
          paper.pageBreak();
        }
        first = false;
        List<Production.Ticket> orders = location.getValue();
        section(paper, location.getKey() + " · " + Counts.of(orders.size(), "order", "orders"));
        paper.table(
            List.of(
                new Paper.Column("Order", 1.2f, true),
                new Paper.Column("Ordered by", 3.5f, false),
                new Paper.Column("Dishes", 5, false),
                new Paper.Column("Status", 1.8f, false)),
            orders.stream()
                .map(
                    order ->
                        List.of(
                            "#" + order.orderId(),
                            order.orderer(),
                            String.join(", ", order.lines()),
                            order.status().toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList(),
            TABLE_TEXT);
      }
      return paper.bytes();
    }
  }

  private static List<Paper.Text> header(String title, PrintedFor printedFor) {
    return List.of(new Paper.Text(title, 14, true), new Paper.Text(printedFor.line(), 10, false));
  }

  private static void section(Paper paper, String title) {
    paper.space(10);
    paper.paragraph(new Paper.Text(title, 12, true));
  }

  private static String portions(int count) {
    return Counts.of(count, "portion", "portions");
  }
}
