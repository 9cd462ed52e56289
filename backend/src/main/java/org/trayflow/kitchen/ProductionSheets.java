package org.trayflow.kitchen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Printable A4 pages for the kitchen: the production sheet of a meal (each dish ordered against planned, then per
 * location and per diet), and the order tickets (a page per location, each order with who and what).
 */
public final class ProductionSheets {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final float MARGIN = 50;
  private static final float LINE = 16;

  private ProductionSheets() {}

  /** @param heading the hospital, site and meal as people call them */
  public static byte[] productionSheet(Production production, String heading) {
    List<String> lines = new ArrayList<>();
    lines.add("Dish | ordered | planned | left");
    production.dishes().forEach(dish -> lines.add(dish.name() + " | " + dish.ordered() + " | " + dish.planned()
        + " | " + (dish.soldOut() ? "SOLD OUT" : dish.left())));
    lines.add("Total portions ordered: " + production.portionsOrdered());
    lines.add("");
    lines.add("By location");
    Map<String, List<String>> byLocation = new TreeMap<>();
    production.byLocation().forEach(line -> byLocation.computeIfAbsent(line.location(), l -> new ArrayList<>())
        .add(line.portions() + " × " + line.dish()));
    byLocation.forEach((location, dishes) -> lines.add(location + ": " + String.join(", ", dishes)));
    lines.add("");
    lines.add("By diet");
    production.byDiet().forEach((diet, portions) -> lines.add(diet + ": " + portions));
    lines.add("");
    lines.add("Patient meals by diet");
    production.patientMealsByDiet().forEach((diet, meals) -> lines.add(diet + ": " + meals));
    if (production.flaggedMeals() > 0) {
      lines.add("HELD BACK - diet changed after ordering, awaiting the ward's check: " + production.flaggedMeals());
    }
    try (PDDocument pdf = new PDDocument()) {
      page(pdf, "Production sheet - " + heading + " - " + production.date().format(DAY), lines);
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] orderTickets(List<Production.Ticket> tickets, Production production, String heading) {
    Map<String, List<Production.Ticket>> byLocation = new TreeMap<>();
    tickets.forEach(ticket -> byLocation.computeIfAbsent(ticket.location(), l -> new ArrayList<>()).add(ticket));
    try (PDDocument pdf = new PDDocument()) {
      if (byLocation.isEmpty()) {
        page(pdf, "Order tickets - " + heading, List.of("No orders."));
      }
      byLocation.forEach((location, orders) -> {
        List<String> lines = new ArrayList<>();
        orders.forEach(order -> lines.add("#" + order.orderId() + "  " + order.orderer() + "  -  "
            + String.join(", ", order.lines()) + "  [" + order.status().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + "]"));
        lines.add("");
        lines.add(orders.size() + " order(s)");
        page(pdf, location + " - " + heading + " - " + production.date().format(DAY), lines);
      });
      return bytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(PDDocument pdf, String title, List<String> lines) {
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LINE) - 2;
    for (int start = 0; start == 0 || start < lines.size(); start += perPage) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(bold, 13);
        text.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
        text.showText(printable(title));
        text.setFont(plain, 11);
        text.newLineAtOffset(0, -2 * LINE);
        for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
          text.showText(printable(line));
          text.newLineAtOffset(0, -LINE);
        }
        text.endText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The standard fonts know Latin-1 only: accents are kept where they can be, other letters lose their marks. */
  static String printable(String text) {
    StringBuilder kept = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 256) {
        kept.append(c);
      } else {
        Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).chars()
            .filter(part -> part < 128).forEach(part -> kept.append((char) part));
      }
    }
    return kept.toString();
  }

  private static byte[] bytes(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
