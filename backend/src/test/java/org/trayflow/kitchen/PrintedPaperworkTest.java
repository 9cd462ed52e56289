package org.trayflow.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.MealFlag;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.MealStage;
import org.trayflow.patients.Tray;

/**
 * The kitchen's paperwork as printed, read back from the PDFs: with long names, many dishes and
 * long reasons, no text lies outside its page or over other text, and the header is on every page.
 */
class PrintedPaperworkTest {

  private static final String LONG =
      "Slow-roasted Mediterranean vegetable and chickpea tagine with apricots, flaked"
          + " almonds and a lemon and coriander couscous, served with minted yoghurt on the side";
  private static final PrintedFor FOR =
      new PrintedFor(
          "The Very Long Named Royal Infirmary and Associated"
              + " Community Hospitals NHS Foundation Trust",
          "Queen Elizabeth the Queen Mother Wing (North Site)",
          "Lunch",
          LocalDate.of(2026, 12, 1));

  private static Production production(int dishes) {
    List<Production.Dish> planned = new ArrayList<>();
    List<Production.LocationPortions> byLocation = new ArrayList<>();
    for (int i = 0; i < dishes; i++) {
      planned.add(
          new Production.Dish(
              i, i % 3 == 0 ? LONG + " " + i : "Dish " + i, 100, i % 7 == 0 ? 100 : i));
      byLocation.add(
          new Production.LocationPortions(
              "Ward " + (i % 9) + " Cardiothoracic High Dependency Unit",
              "ward",
              i % 3 == 0 ? LONG : "Dish " + i,
              i + 1));
    }
    Map<String, Integer> byDiet =
        new TreeMap<>(Map.of("vegetarian", 12, "halal", 4, "gluten-free", 1));
    return new Production(
        "north",
        FOR.date(),
        "lunch",
        planned,
        byLocation,
        byDiet,
        Map.of("PLACED", 40L),
        new TreeMap<>(Map.of("renal", 3, "diabetic", 5)),
        2,
        List.of(
            new Production.LateTray(
                new OrderId(77),
                "Ward 3",
                "4",
                "back from theatre after the round: " + LONG,
                "1 × " + LONG)));
  }

  @Test
  void a_long_production_sheet_is_a_table_that_stays_on_its_pages_with_the_header_on_each()
      throws Exception {
    byte[] pdf = ProductionSheets.productionSheet(production(80), FOR);
    Files.write(Path.of("target", "production-sheet-long.pdf"), pdf);
    PrintedLayout sheet = new PrintedLayout(pdf);
    assertThat(sheet.pages).hasSizeGreaterThan(2);
    assertThat(sheet.outsideThePage()).isEmpty();
    assertThat(sheet.overlapping()).isEmpty();
    assertThat(count(sheet.text, "Production sheet"))
        .as("the header on every page")
        .isEqualTo(sheet.pages.size());
    assertThat(count(sheet.text, "Tuesday 1 December 2026")).isEqualTo(sheet.pages.size());
    assertThat(sheet.text)
        .contains("Page 1 of " + sheet.pages.size(), "SOLD OUT", "HELD BACK: 2 patient meals")
        .doesNotContain(" | ");
  }

  @Test
  void order_tickets_with_long_names_and_many_dishes_stay_on_their_pages() throws Exception {
    List<Production.Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      tickets.add(
          new Production.Ticket(
              "Ward " + (i % 4),
              new OrderId(1000 + i),
              "firstname.verylonglastname-" + i + "@the-very-long-named-royal-infirmary.nhs.uk",
              "PLACED",
              List.of("2 × " + LONG, "1 × Rice pudding")));
    }
    byte[] pdf = ProductionSheets.orderTickets(tickets, FOR);
    Files.write(Path.of("target", "order-tickets-long.pdf"), pdf);
    PrintedLayout printed = new PrintedLayout(pdf);
    assertThat(printed.outsideThePage()).isEmpty();
    assertThat(printed.overlapping()).isEmpty();
    assertThat(count(printed.text, "Order tickets")).isEqualTo(printed.pages.size());
    assertThat(printed.text).contains("Ward 0 · 15 orders", "#1059");
    assertThat(printed.pages).as("a page or more per ward").hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void
      a_tray_ticket_with_a_long_hold_reason_keeps_every_line_clear_and_carries_the_levels_and_a_code()
          throws Exception {
    Tray held =
        new Tray(
            new OrderId(4242),
            "Cardiothoracic High Dependency Unit",
            "12B",
            "WOLFESCHLEGELSTEINHAUSENBERGERDORFF," + " Hubert Blaine",
            "MRN0000123456",
            MealFor.PATIENT,
            "diabetic, renal, halal · food IDDSI 5 minced & moist",
            Optional.of(5),
            Optional.of(2),
            List.of("milk", "peanuts", "tree-nuts"),
            "kiwi; latex; strawberries",
            List.of("1 × " + LONG, "1 × Custard", "1 × Orange juice (IDDSI 2)"),
            MealStage.PLACED,
            Optional.of(
                new MealFlag(
                    1,
                    new OrderId(4242),
                    LocalDate.of(2026, 12, 2),
                    "lunch",
                    new PatientId(77),
                    Instant.parse("2026-12-02T09:00:00Z"),
                    "allergies declared",
                    false,
                    LONG
                        + ": contains tree nuts (allergy); "
                        + LONG
                        + ": may contain peanuts (allergy)")),
            // as long a holder as a pass keeps (120 characters)
            Optional.of(
                "the patient's daughter, Aroha Te Rangi-Whakaaetanga, who visits at lunch and knows"
                    + " what her mother eats (next of kin)"));
    Tray guest =
        new Tray(
            new OrderId(4243),
            "Ward 1",
            "3",
            "DOE, Jane",
            "MRN1",
            MealFor.GUEST,
            "guest of the patient",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "",
            List.of("1 × Soup"),
            MealStage.PLACED,
            Optional.empty(),
            Optional.empty());
    List<Tray> many = new ArrayList<>(List.of(held, guest));
    List<String> dishes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      dishes.add("1 × " + LONG + " " + i);
    }
    many.add(
        new Tray(
            new OrderId(4244),
            "Ward 2",
            "1",
            "ROE, Richard",
            "MRN2",
            MealFor.PATIENT,
            "regular",
            Optional.of(7),
            Optional.of(0),
            List.of(),
            "",
            dishes,
            MealStage.PLACED,
            Optional.empty(),
            Optional.empty()));
    PrintedLayout labels = new PrintedLayout(TrayTickets.labels(many, FOR));
    assertThat(labels.outsideThePage()).isEmpty();
    assertThat(labels.overlapping()).isEmpty();
    assertThat(labels.pages.get(0).getWidth()).isEqualTo(TrayTickets.A6.getWidth());
    assertThat(labels.text)
        .contains(
            "HOLD - DIET CHANGED",
            "Food: IDDSI 5 minced & moist",
            "Drinks: IDDSI 2 mildly thick",
            "Allergens: MILK, PEANUTS, TREE-NUTS",
            "GUEST MEAL",
            "Chosen at the bedside by the patient's daughter",
            "order 4242");
    assertThat(labels.pages).as("a long tray goes on to further labels").hasSizeGreaterThan(3);
    assertThat(count(labels.text, "ROE, Richard"))
        .as("each of its labels names the patient")
        .isGreaterThan(1);
    byte[] pdf = TrayTickets.labels(many, FOR);
    Files.write(Path.of("target", "tray-tickets-long.pdf"), pdf);
    assertThat(scanned(pdf, 0))
        .as("the code a bedside scanner reads")
        .isEqualTo("trayflow:order:4242:2026-12-01");
  }

  /** The QR code of a label, rendered as a printer would and read as a scanner would. */
  private static String scanned(byte[] pdf, int label) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(label, 200);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
          .getText();
    }
  }

  @Test
  void the_reading_sees_text_printed_over_text_and_off_the_page() throws Exception {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A6);
      pdf.addPage(page);
      try (PDPageContentStream ink = new PDPageContentStream(pdf, page)) {
        for (float[] at : new float[][] {{20, 100}, {24, 102}, {250, 300}}) {
          ink.beginText();
          ink.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          ink.newLineAtOffset(at[0], at[1]);
          ink.showText("Ward 1 - bed 12");
          ink.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      PrintedLayout printed = new PrintedLayout(out.toByteArray());
      assertThat(printed.overlapping()).isNotEmpty();
      assertThat(printed.outsideThePage()).isNotEmpty();
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
