package org.trayflow.ui.wards;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.trayflow.patients.WardBed;
import org.trayflow.ui.NutritionLabel;

/**
 * The patient's day at a glance: energy and protein of the meals ordered for them that day, each
 * against its target where the diet order sets one, as a bar a nurse reads across the ward. Beyond
 * the target the bar stays full and the words say how far over (a renal diet limits protein).
 */
final class DayIntake extends Div {

  DayIntake(WardBed.DayOrdered day) {
    addClassName("bed-day");
    getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    add(
        line("energy", day.ordered().energyKcal(), day.targets().energyKcal(), "kcal", 0),
        line("protein", day.ordered().proteinG(), day.targets().proteinG(), "g", 1));
  }

  private static Div line(String what, BigDecimal ordered, BigDecimal target, String unit, int dp) {
    Div line = new Div();
    line.addClassName("day-" + what);
    String said =
        words(
                "intake.line",
                words("intake." + what),
                ordered == null
                    ? words("intake.notKnown")
                    : NutritionLabel.figure(ordered, unit, dp))
            + (target == null
                ? ""
                : " " + words("intake.ofTarget", NutritionLabel.figure(target, unit, dp)))
            + (target != null && ordered != null && ordered.compareTo(target) > 0
                ? words("intake.over", NutritionLabel.figure(ordered.subtract(target), unit, dp))
                : "");
    Span text = new Span(said);
    line.add(text);
    if (target != null && ordered != null) {
      ProgressBar bar = new ProgressBar(0, 1, share(ordered, target));
      bar.getElement().setAttribute("aria-label", said);
      bar.getStyle().set("margin", "2px 0 var(--lumo-space-xs)").set("max-width", "16em");
      line.add(bar);
    }
    return line;
  }

  private static double share(BigDecimal ordered, BigDecimal target) {
    return Math.min(1, ordered.divide(target, 3, RoundingMode.HALF_UP).doubleValue());
  }
}
