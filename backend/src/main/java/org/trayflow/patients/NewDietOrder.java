package org.trayflow.patients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Wording;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A diet order or nil-by-mouth hold to record, from whichever source.
 *
 * @param startsAt null for "from now"; @param endsAt the planned end, if any
 * @param source {@code HL7}, {@code FHIR} or {@code MANUAL}; @param sourceRef the record's order
 *     number, if any
 * @param holdReason why the patient is nil by mouth ("theatre"); required of a hold entered on the
 *     ward
 * @param targets a day's energy and protein the diet aims at, if it sets them; none for a hold
 */
public record NewDietOrder(
    boolean npo,
    Set<TherapeuticDiet> diets,
    Integer foodLevel,
    Integer drinkLevel,
    Set<String> culturalNeeds,
    String supplements,
    Instant startsAt,
    Instant endsAt,
    String source,
    String sourceRef,
    String holdReason,
    NutritionTargets targets) {

  public NewDietOrder {
    diets = Set.copyOf(diets);
    culturalNeeds = Set.copyOf(culturalNeeds);
    supplements = supplements == null ? "" : supplements.strip();
    holdReason = holdReason == null ? "" : holdReason.strip();
    targets = targets == null ? NutritionTargets.NONE : targets;
  }

  public static NewDietOrder nilByMouth(
      Instant from, Instant until, String why, String source, String sourceRef) {
    return new NewDietOrder(
        true,
        Set.of(),
        null,
        null,
        Set.of(),
        "",
        from,
        until,
        source,
        sourceRef,
        why,
        NutritionTargets.NONE);
  }

  /** Everything wrong with it, each named by its field; empty when it can be recorded. */
  public List<Detail> problems() {
    List<Detail> problems = new ArrayList<>();
    if (!npo) {
      if (diets.isEmpty()) {
        problems.add(
            new Detail(
                "diets",
                "name at least one diet (regular when nothing special)",
                Wording.of("detail.diets-none")));
      }
      if (foodLevel == null || !Iddsi.isFoodLevel(foodLevel)) {
        problems.add(
            new Detail(
                "foodLevel", "must be an IDDSI food level from 3 (liquidised) to 7 (regular)"));
      }
      if (drinkLevel == null || !Iddsi.isDrinkLevel(drinkLevel)) {
        problems.add(
            new Detail(
                "drinkLevel", "must be an IDDSI drink level from 0 (thin) to 4 (extremely thick)"));
      }
      if (diets.contains(TherapeuticDiet.REGULAR) && diets.size() > 1) {
        problems.add(
            new Detail(
                "diets",
                "regular cannot be combined with a therapeutic diet",
                Wording.of("detail.diets-regular-alone")));
      }
      problems.addAll(targets.problems());
    }
    if (npo && source.equals("MANUAL") && holdReason.isEmpty()) {
      problems.add(
          new Detail(
              "holdReason",
              "say why the patient is nil by mouth (theatre, a procedure, a swallow"
                  + " assessment…)",
              Wording.of("detail.hold-reason-none")));
    }
    if (holdReason.length() > 300) {
      problems.add(
          new Detail(
              "holdReason",
              "must be at most 300 characters",
              Wording.of("detail.hold-reason-long", 300)));
    }
    if (supplements.length() > 500) {
      problems.add(
          new Detail(
              "supplements",
              "must be at most 500 characters",
              Wording.of("detail.supplements-long", 500)));
    }
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
      problems.add(
          new Detail("endsAt", "must be after the start", Wording.of("detail.ends-before-start")));
    }
    return problems;
  }
}
