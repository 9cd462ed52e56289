package org.trayflow.patients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A diet order entered by hand by ward staff or a dietitian, in words ({@code renal}, {@code
 * low-sodium}).
 *
 * @param nilByMouth a hold on every meal instead of a diet
 * @param startsAt null for now; @param endsAt the planned end, if any
 * @param holdReason why the patient is nil by mouth, required with {@code nilByMouth}
 * @param energyTargetKcal what the diet aims at in a day, if it says; so {@code proteinTargetG}
 * @param loosening the person's confirmation, when the order loosens the diet in force (a higher
 *     texture level, thinner drinks, a diet dropped, a hold ended)
 */
public record DietOrderEntry(
    boolean nilByMouth,
    @NotNull @Size(max = 8) List<String> diets,
    Integer foodLevel,
    Integer drinkLevel,
    @NotNull @Size(max = 8) List<String> culturalNeeds,
    @Size(max = 500) String supplements,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    @Size(max = 300) String holdReason,
    BigDecimal energyTargetKcal,
    BigDecimal proteinTargetG,
    @Valid LooseningConfirmed loosening) {

  /**
   * @throws InvalidDietOrder naming each unknown word or missing level
   */
  public NewDietOrder toOrder() {
    List<Detail> problems = new ArrayList<>();
    Set<TherapeuticDiet> known = EnumSet.noneOf(TherapeuticDiet.class);
    for (int i = 0; i < diets.size(); i++) {
      String word = diets.get(i);
      TherapeuticDiet.fromWord(word)
          .ifPresentOrElse(
              known::add,
              () ->
                  problems.add(
                      new Detail(
                          "diets",
                          "'"
                              + word
                              + "' is not a diet (regular, diabetic, renal, low-sodium, low-fat, gluten-free, high-energy,"
                              + " clear-liquid, full-liquid)")));
    }
    Set<String> needs = new TreeSet<>();
    culturalNeeds.forEach(need -> needs.add(need.strip().toLowerCase(Locale.ROOT)));
    NewDietOrder order =
        nilByMouth
            ? NewDietOrder.nilByMouth(
                instant(startsAt), instant(endsAt), holdReason, "MANUAL", null)
            : new NewDietOrder(
                false,
                known,
                foodLevel,
                drinkLevel,
                needs,
                supplements,
                instant(startsAt),
                instant(endsAt),
                "MANUAL",
                null,
                null,
                new NutritionTargets(energyTargetKcal, proteinTargetG));
    problems.addAll(order.problems());
    if (!problems.isEmpty()) {
      throw new InvalidDietOrder(problems);
    }
    return order;
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
