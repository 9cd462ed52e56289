package org.trayflow.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.Tray;
import org.trayflow.patients.Wards;

/**
 * Tray tickets: an A6 label per tray, in delivery order (ward, then bed), with what the tray must and must not be
 * in large type: diet, texture, allergens. A tray held back after a diet change says so across the top.
 */
@ApplicationScoped
public class TrayTickets {

  private static final PDRectangle A6 = new PDRectangle(297.6f, 419.5f);
  private static final float MARGIN = 20;

  @Inject Wards wards;

  public byte[] pdf(String site, LocalDate day, String mealPeriod) {
    List<Tray> trays = wards.trays(site, day, mealPeriod);
    try (PDDocument pdf = new PDDocument()) {
      if (trays.isEmpty()) {
        label(pdf, List.of(new Line("No patient meals ordered for " + mealPeriod + " on " + day + ".", 11, false)));
      }
      for (Tray tray : trays) {
        label(pdf, lines(tray, day, mealPeriod));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Line(String text, float size, boolean bold) {}

  private static List<Line> lines(Tray tray, LocalDate day, String mealPeriod) {
    List<Line> lines = new ArrayList<>();
    if (!tray.flag().isEmpty()) {
      lines.add(new Line("HOLD - DIET CHANGED", 16, true));
      lines.add(new Line(tray.flag(), 9, false));
    }
    lines.add(new Line(tray.ward() + " - bed " + (tray.bed() == null ? "?" : tray.bed()), 16, true));
    lines.add(new Line(tray.patient() + "  (" + tray.mrn() + ")", 13, true));
    if (tray.mealFor() != MealFor.PATIENT) {
      lines.add(new Line(tray.mealFor().word().toUpperCase(Locale.ROOT) + " MEAL", 13, true));
    }
    lines.add(new Line(mealPeriod + ", " + day, 10, false));
    lines.add(new Line("Diet: " + tray.diet(), 11, true));
    lines.add(new Line("Allergens: " + (tray.allergens().isEmpty() ? "none declared"
        : String.join(", ", tray.allergens()).toUpperCase(Locale.ROOT)), 11, true));
    if (!tray.otherAllergies().isEmpty()) {
      lines.add(new Line("Also: " + tray.otherAllergies(), 10, false));
    }
    lines.add(new Line("", 8, false));
    tray.dishes().forEach(dish -> lines.add(new Line(dish, 11, false)));
    return lines;
  }

  private static void label(PDDocument pdf, List<Line> lines) throws IOException {
    PDPage page = new PDPage(A6);
    pdf.addPage(page);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
      text.beginText();
      text.newLineAtOffset(MARGIN, A6.getHeight() - MARGIN - 10);
      for (Line line : lines) {
        PDType1Font font = line.bold() ? bold : plain;
        text.setFont(font, line.size());
        for (String part : wrap(ProductionSheets.printable(line.text()), font, line.size())) {
          text.showText(part);
          text.newLineAtOffset(0, -line.size() * 1.3f);
        }
      }
      text.endText();
    }
  }

  /** Words onto the label's width. */
  private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
    float width = A6.getWidth() - 2 * MARGIN;
    List<String> parts = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
        parts.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    parts.add(line.toString());
    return parts;
  }
}
