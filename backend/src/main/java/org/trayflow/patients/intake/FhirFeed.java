package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.NutritionOrder;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.trayflow.patients.Allergies;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.Placement;

/**
 * Reads FHIR R4 resources into the record feed (docs/patient-records.md):
 *
 * <ul>
 *   <li>{@code Encounter}: subject (MRN as the reference's identifier, or {@code Patient/<MRN>};
 *       the display as "FAMILY, Given"), status in-progress/arrived (admitted or moved) or finished
 *       (discharged), locations as contained {@code Location}s whose physicalType is {@code si}
 *       (site), {@code wa} (ward) and {@code bd} (bed), each named by its {@code name};
 *   <li>{@code NutritionOrder}: patient as above, status active (recorded) or
 *       revoked/completed/entered-in-error (discontinued), oralDiet type codes (diets, NPO,
 *       IDDSI-F5), texture modifier and fluid consistency (IDDSI codes), schedule's bounds as start
 *       and end, oral diet nutrients as the day's targets (energy in kcal, protein in g), food
 *       preference modifiers as cultural needs, supplements, and contained AllergyIntolerances as
 *       the full allergy list.
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FhirFeed {

  /** SNOMED CT's protein (substance), as a nutrient modifier names it. */
  private static final String PROTEIN = "88878007";

  @Inject RecordFeed feed;
  @Inject Clock clock;

  String encounter(Encounter encounter, ChangeSource by) {
    String mrn = mrn(encounter.getSubject());
    Instant now = clock.instant();
    return switch (encounter.getStatus() == null ? "" : encounter.getStatus().toCode()) {
      case "in-progress", "arrived" ->
          feed.place(placement(encounter, mrn, now), Optional.empty(), by);
      case "finished" ->
          feed.discharge(
              mrn,
              Optional.ofNullable(encounter.getPeriod())
                  .map(Period::getEnd)
                  .map(Date::toInstant)
                  .orElse(now));
      default ->
          throw new RecordProblem("Encounter.status must be in-progress, arrived or finished");
    };
  }

  String nutritionOrder(NutritionOrder order, ChangeSource by) {
    String mrn = mrn(order.getPatient());
    String ref = order.getIdElement().getIdPart();
    String status = order.getStatus() == null ? "" : order.getStatus().toCode();
    if (List.of("revoked", "completed", "entered-in-error").contains(status)) {
      return feed.discontinue(mrn, ref, clock.instant(), by);
    }
    if (!status.equals("active")) {
      throw new RecordProblem(
          "NutritionOrder.status '"
              + status
              + "' is not applied: active records an order;"
              + " revoked, completed or entered-in-error ends it");
    }
    DietOrderDraft draft = new DietOrderDraft();
    NutritionOrder.NutritionOrderOralDietComponent oral = order.getOralDiet();
    oral.getType().forEach(type -> codes(type).forEach(draft::dietCode));
    oral.getTexture()
        .forEach(
            texture ->
                codingsOf(texture.getModifier())
                    .forEach(
                        coding ->
                            iddsi(coding)
                                .ifPresentOrElse(
                                    draft::foodLevel, () -> draft.dietCode(coding.getCode()))));
    oral.getFluidConsistencyType()
        .forEach(
            fluid ->
                codingsOf(fluid)
                    .forEach(
                        coding ->
                            iddsi(coding)
                                .ifPresentOrElse(
                                    draft::drinkLevel, () -> draft.dietCode(coding.getCode()))));
    oral.getNutrient().forEach(nutrient -> target(nutrient, draft));
    order.getFoodPreferenceModifier().forEach(need -> codes(need).forEach(draft::need));
    order.getSupplement().forEach(supplement -> draft.supplement(supplement.getProductName()));
    Period bounds =
        oral.getSchedule().stream()
            .map(Timing::getRepeat)
            .filter(r -> r.hasBoundsPeriod())
            .map(r -> r.getBoundsPeriod())
            .findFirst()
            .orElse(new Period());
    return feed.order(
        mrn,
        draft.build(instant(bounds.getStart()), instant(bounds.getEnd()), "FHIR", ref),
        allergies(order),
        by);
  }

  /**
   * A day's energy (an amount in kcal) or protein (SNOMED CT 88878007, or a modifier named protein,
   * in g); other nutrients, such as a sodium limit, stay with the diet codes that carry them. An
   * amount in another unit is refused rather than guessed at.
   */
  private static void target(
      NutritionOrder.NutritionOrderOralDietNutrientComponent nutrient, DietOrderDraft draft) {
    if (!nutrient.hasAmount() || !nutrient.getAmount().hasValue()) {
      return;
    }
    String unit = nutrient.getAmount().hasCode() ? nutrient.getAmount().getCode() : "";
    boolean protein =
        codingsOf(nutrient.getModifier()).stream()
                .anyMatch(
                    c -> PROTEIN.equals(c.getCode()) || "protein".equalsIgnoreCase(c.getDisplay()))
            || "protein".equalsIgnoreCase(nutrient.getModifier().getText());
    if (protein) {
      if (!unit.equals("g")) {
        throw new RecordProblem(
            "NutritionOrder.oralDiet.nutrient protein must be in g (UCUM), not '" + unit + "'");
      }
      draft.proteinTarget(nutrient.getAmount().getValue());
    } else if (unit.equals("kcal")) {
      draft.energyTarget(nutrient.getAmount().getValue());
    }
  }

  private static Placement placement(Encounter encounter, String mrn, Instant now) {
    String site = null;
    String ward = null;
    String bed = null;
    for (Encounter.EncounterLocationComponent place : encounter.getLocation()) {
      Location location =
          contained(encounter, place.getLocation(), Location.class)
              .orElseThrow(
                  () -> new RecordProblem("Encounter.location must reference contained Locations"));
      String kind =
          codingsOf(location.getPhysicalType()).stream()
              .map(Coding::getCode)
              .findFirst()
              .orElse("");
      switch (kind) {
        case "si" -> site = location.getName();
        case "wa" -> ward = location.getName();
        case "bd" -> bed = location.getName();
        default -> {
          /* rooms, wings: not where a tray goes */
        }
      }
    }
    if (site == null || ward == null) {
      throw new RecordProblem(
          "Encounter.location must name the site (physicalType si) and the ward (wa)");
    }
    String[] names =
        Optional.ofNullable(encounter.getSubject().getDisplay()).orElse("").split(",", 2);
    if (names[0].isBlank()) {
      throw new RecordProblem(
          "Encounter.subject.display must give the patient's name (FAMILY, Given)");
    }
    Instant since =
        Optional.ofNullable(encounter.getPeriod())
            .map(Period::getStart)
            .map(Date::toInstant)
            .orElse(now);
    return new Placement(
        mrn,
        names[0].strip(),
        names.length > 1 ? names[1].strip() : "",
        null,
        encounter.getIdElement().getIdPart(),
        site.toLowerCase(Locale.ROOT),
        ward.toLowerCase(Locale.ROOT),
        bed,
        since,
        // an Encounter does not say the patient's language (a Patient's communication would)
        Optional.empty());
  }

  private static Optional<Allergies> allergies(NutritionOrder order) {
    if (!order.hasAllergyIntolerance()) {
      return Optional.empty();
    }
    List<String> codes = new ArrayList<>();
    for (Reference reference : order.getAllergyIntolerance()) {
      AllergyIntolerance allergy =
          contained(order, reference, AllergyIntolerance.class)
              .orElseThrow(
                  () ->
                      new RecordProblem(
                          "NutritionOrder.allergyIntolerance must reference contained"
                              + " AllergyIntolerances"));
      codes.add(
          codes(allergy.getCode()).stream()
              .findFirst()
              .orElseGet(
                  () ->
                      Optional.ofNullable(allergy.getCode().getText())
                          .orElseThrow(
                              () ->
                                  new RecordProblem(
                                      "an AllergyIntolerance has neither code nor text"))));
    }
    return Optional.of(Allergies.fromCodes(codes, ""));
  }

  private static <T extends Resource> Optional<T> contained(
      DomainResource owner, Reference reference, Class<T> type) {
    String id = reference.getReference();
    if (id == null || !id.startsWith("#")) {
      return Optional.empty();
    }
    return owner.getContained().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> id.substring(1).equals(r.getIdElement().getIdPart()))
        .findFirst();
  }

  private static String mrn(Reference subject) {
    if (subject.hasIdentifier() && subject.getIdentifier().hasValue()) {
      return subject.getIdentifier().getValue();
    }
    String id = subject.getReferenceElement().getIdPart();
    if (id == null || !"Patient".equals(subject.getReferenceElement().getResourceType())) {
      throw new RecordProblem(
          "the patient must be referenced by MRN (identifier) or as Patient/<MRN>");
    }
    return id;
  }

  private static Optional<Integer> iddsi(Coding coding) {
    return coding.hasSystem()
            && coding.getSystem().toLowerCase(Locale.ROOT).contains("iddsi")
            && coding.hasCode()
            && coding.getCode().matches("[0-7]")
        ? Optional.of(Integer.parseInt(coding.getCode()))
        : Optional.empty();
  }

  private static List<Coding> codingsOf(CodeableConcept concept) {
    return concept == null ? List.of() : concept.getCoding();
  }

  private static List<String> codes(CodeableConcept concept) {
    return codingsOf(concept).stream()
        .map(Coding::getCode)
        .filter(code -> code != null && !code.isBlank())
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
