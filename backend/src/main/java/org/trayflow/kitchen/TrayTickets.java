package org.trayflow.kitchen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.trayflow.patients.Iddsi;
import org.trayflow.patients.MealFlag;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.Tray;
import org.trayflow.patients.Wards;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * Tray tickets: an A6 label per tray, in delivery order (ward, then bed), with what the tray must
 * and must not be in large type: diet, IDDSI food and drink levels, allergens; a QR code of the
 * order to scan at the bedside. A tray held back after a diet change says so across the top. A tray
 * whose text does not fit one label goes on to the next, under the same ward, bed and patient.
 */
@ApplicationScoped
public class TrayTickets {

  static final PDRectangle A6 = new PDRectangle(297.6f, 419.5f);
  private static final float MARGIN = 16;

  @Inject Wards wards;
  @Inject TenantConfigurations configurations;

  public byte[] pdf(String site, LocalDate day, String mealPeriod) {
    PrintedFor printedFor =
        PrintedFor.of(configurations.configuration().orElseThrow(), site, mealPeriod, day);
    return labels(wards.trays(site, day, mealPeriod), printedFor);
  }

  static byte[] labels(List<Tray> trays, PrintedFor printedFor) {
    try (Paper paper = new Paper(A6, MARGIN, "Label")) {
      if (trays.isEmpty()) {
        paper.start(List.of(new Paper.Text(printedFor.mealAndDay(), 11, true)), Optional.empty());
        paper.paragraph(new Paper.Text("No patient meals ordered.", 11, false));
      }
      for (Tray tray : trays) {
        label(paper, tray, printedFor);
      }
      return paper.bytes();
    }
  }

  /** "allergy added: peanut - NOT SAFE: contains peanut" */
  private static String whyHeld(MealFlag flag) {
    return flag.reason()
        + (flag.stillSafe()
            ? " (still safe: check and confirm)"
            : " - NOT SAFE: " + flag.conflicts());
  }

  private static void label(Paper paper, Tray tray, PrintedFor printedFor) {
    List<Paper.Text> header = new ArrayList<>();
    header.add(
        new Paper.Text(
            tray.ward() + " - bed " + (tray.bed() == null ? "?" : tray.bed()), 15, true));
    header.add(new Paper.Text(tray.patient() + " (" + tray.mrn() + ")", 12, true));
    header.add(new Paper.Text(printedFor.mealAndDay() + " · order " + tray.orderId(), 8, false));
    paper.start(header, Optional.of(code(tray, printedFor)));
    tray.flag()
        .ifPresent(
            flag -> {
              paper.paragraph(new Paper.Text("HOLD - DIET CHANGED", 15, true));
              paper.paragraph(new Paper.Text(whyHeld(flag), 9, false));
              paper.space(4);
            });
    if (tray.mealFor() != MealFor.PATIENT) {
      paper.paragraph(
          new Paper.Text(tray.mealFor().word().toUpperCase(Locale.ROOT) + " MEAL", 13, true));
    }
    paper.paragraph(new Paper.Text("Diet: " + tray.diet(), 11, true));
    tray.foodLevel()
        .ifPresent(
            level -> paper.paragraph(new Paper.Text("Food: " + Iddsi.food(level), 11, true)));
    tray.drinkLevel()
        .ifPresent(
            level -> paper.paragraph(new Paper.Text("Drinks: " + Iddsi.drink(level), 11, true)));
    if (tray.mealFor() == MealFor.PATIENT) {
      paper.paragraph(
          new Paper.Text(
              "Allergens: "
                  + (tray.allergens().isEmpty()
                      ? "none declared"
                      : String.join(", ", tray.allergens()).toUpperCase(Locale.ROOT)),
              11,
              true));
    }
    if (!tray.otherAllergies().isEmpty()) {
      paper.paragraph(
          new Paper.Text("Also (checked by hand): " + tray.otherAllergies(), 10, false));
    }
    paper.space(6);
    tray.dishes().forEach(dish -> paper.paragraph(new Paper.Text(dish, 11, false)));
    tray.chosenAtBedsideBy()
        .ifPresent(
            holder ->
                paper.paragraph(new Paper.Text("Chosen at the bedside by " + holder, 9, false)));
  }

  /** What the bedside scans: whose order it is, unambiguous across hospitals. */
  private static BitMatrix code(Tray tray, PrintedFor printedFor) {
    try {
      return new QRCodeWriter()
          .encode(
              "trayflow:order:" + tray.orderId() + ":" + printedFor.date(),
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  0));
    } catch (WriterException e) {
      throw new IllegalStateException("an order number always fits a QR code", e);
    }
  }
}
