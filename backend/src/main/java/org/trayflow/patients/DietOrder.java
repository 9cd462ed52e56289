package org.trayflow.patients;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * One diet order of a patient, as entered: a diet (diets, texture levels, needs, supplements) or a
 * nil-by-mouth hold, from a start, until a planned end if any, possibly ended early (released or
 * discontinued).
 *
 * @param source {@code HL7}, {@code FHIR} or {@code MANUAL}
 * @param sourceRef the record's order number (HL7 ORC-2 placer number, FHIR NutritionOrder id)
 * @param targets what the patient is to eat in a day, where the order says
 */
public record DietOrder(
    long id,
    boolean npo,
    Set<TherapeuticDiet> diets,
    Integer foodLevel,
    Integer drinkLevel,
    Set<String> culturalNeeds,
    String supplements,
    Instant startsAt,
    Instant endsAt,
    Instant endedAt,
    String source,
    String sourceRef,
    String enteredBy,
    Instant enteredAt,
    String holdReason,
    NutritionTargets targets) {

  public DietOrder {
    diets = Set.copyOf(diets);
    culturalNeeds = Set.copyOf(culturalNeeds);
  }

  /**
   * When it stops applying: released or discontinued, else its planned end; empty while open-ended.
   */
  public Optional<Instant> end() {
    if (endedAt != null && (endsAt == null || endedAt.isBefore(endsAt))) {
      return Optional.of(endedAt);
    }
    return Optional.ofNullable(endsAt);
  }

  public boolean inForceAt(Instant moment) {
    return !startsAt.isAfter(moment) && end().map(moment::isBefore).orElse(true);
  }
}
