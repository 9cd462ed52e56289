package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.audit.AuditLog;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.persistence.DietOrderRecord;
import org.trayflow.patients.persistence.DietOrderRecords;
import org.trayflow.patients.persistence.PatientRecord;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * Patients' diet orders: recorded, held, released, discontinued, and what they allow at a meal.
 * Each change locks the patient, bumps their diet version (so that a checkout that read the diet
 * before cannot write after), is audited, and flags the patient's meals already ordered.
 */
@ApplicationScoped
@Transactional
public class DietOrders {

  private static final DateTimeFormatter WARD_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", HospitalLocale.FORMATS);

  @Inject DietOrderRecords records;
  @Inject Patients patients;
  @Inject MealFlags flags;
  @Inject TenantConfigurations configurations;
  @Inject AuditLog audit;
  @Inject PatientHistory history;
  @Inject Clock clock;

  public List<DietOrder> history(PatientId patientId) {
    return histories(List.of(patientId)).getOrDefault(patientId, List.of());
  }

  /**
   * Several patients' diet orders in one read (a ward, a meal's trays), each patient's newest
   * first.
   */
  public Map<PatientId, List<DietOrder>> histories(Collection<PatientId> patientIds) {
    if (patientIds.isEmpty()) {
      return Map.of();
    }
    return records.of(patientIds).stream()
        .collect(
            Collectors.groupingBy(
                DietOrderRecord::patientId,
                Collectors.mapping(DietOrders::view, Collectors.toList())));
  }

  /** What the patient may eat at that moment. */
  /**
   * The diet order in force now, which an amendment by hand starts from; none when there is none.
   */
  public Optional<DietOrder> inForceNow(PatientId patientId) {
    Instant now = now();
    return history(patientId).stream().filter(order -> order.inForceAt(now)).findFirst();
  }

  public DietAtMeal dietAt(PatientId patientId, Instant moment) {
    return dietAt(
        configurations.configuration().orElseThrow(),
        patients.find(patientId),
        history(patientId),
        moment);
  }

  static DietAtMeal dietAt(
      TenantConfiguration hospital, Patient patient, List<DietOrder> orders, Instant moment) {
    return DietAtMeal.at(
        moment,
        orders,
        patient.allergies(),
        patient.otherAllergies(),
        hospital.patients(),
        hospital.timeZone());
  }

  /**
   * Records a diet order (or a nil-by-mouth hold); the same order from the same source again
   * changes nothing.
   */
  public DietChange order(PatientId patientId, NewDietOrder order, ChangeSource by) {
    if (!order.problems().isEmpty()) {
      throw new InvalidDietOrder(order.problems());
    }
    PatientRecord patient = patients.lock(patientId);
    Instant now = now();
    Instant starts =
        Optional.ofNullable(order.startsAt()).orElse(now).truncatedTo(ChronoUnit.MICROS);
    if (order.sourceRef() != null
        && history(patientId).stream().anyMatch(known -> same(known, order, starts))) {
      return new DietChange(patientId, false, 0);
    }
    Optional<Loosened> loosens =
        Loosening.ofDietOrder(newestOpen(patientId, starts).map(DietOrders::view), order);
    confirmedIfLoosening(by, loosens);
    records.add(
        DietOrderRecord.create(
            patientId,
            order.npo(),
            order.diets().stream().map(TherapeuticDiet::word).sorted().toArray(String[]::new),
            order.npo() ? null : order.foodLevel(),
            order.npo() ? null : order.drinkLevel(),
            order.culturalNeeds().stream().sorted().toArray(String[]::new),
            order.supplements(),
            starts,
            order.endsAt() == null ? null : order.endsAt().truncatedTo(ChronoUnit.MICROS),
            order.source(),
            order.sourceRef(),
            by.by(),
            now,
            order.holdReason(),
            order.npo() ? null : order.targets().energyKcal(),
            order.npo() ? null : order.targets().proteinG()));
    String what =
        order.npo()
            ? "nil by mouth"
                + (order.holdReason().isEmpty() ? "" : " (" + order.holdReason() + ")")
                + (order.endsAt() == null ? "" : " until " + local(order.endsAt()))
            : describe(order);
    return changed(patient, by, "diet-order", what + " from " + local(starts), loosens);
  }

  /**
   * Ends the nil-by-mouth hold in force: the patient then needs a new diet order before any meal.
   */
  public DietChange release(PatientId patientId, Instant at, ChangeSource by) {
    PatientRecord patient = patients.lock(patientId);
    Instant when = Optional.ofNullable(at).orElseGet(this::now).truncatedTo(ChronoUnit.MICROS);
    DietOrderRecord hold =
        newestOpen(patientId, when)
            .filter(DietOrderRecord::npo)
            .orElseThrow(
                () ->
                    new InvalidDietOrder(
                        "orderControl", "the patient has no nil-by-mouth hold to release"));
    Optional<Loosened> loosens = Loosening.ofRelease(view(hold), when);
    confirmedIfLoosening(by, loosens);
    hold.end(when);
    return changed(
        patient,
        by,
        "diet-order-released",
        "nil-by-mouth hold released at " + local(when),
        loosens);
  }

  /**
   * Discontinues the diet order in force (the one the record numbers {@code sourceRef}, when
   * given).
   *
   * @return unchanged when there was none to discontinue (a repeated cancel)
   */
  public DietChange discontinue(
      PatientId patientId, String sourceRef, Instant at, ChangeSource by) {
    PatientRecord patient = patients.lock(patientId);
    Instant when = Optional.ofNullable(at).orElseGet(this::now).truncatedTo(ChronoUnit.MICROS);
    Optional<DietOrderRecord> current =
        newestOpen(patientId, when)
            .filter(order -> sourceRef == null || sourceRef.equals(order.sourceRef()));
    if (current.isEmpty()) {
      return new DietChange(patientId, false, 0);
    }
    current.get().end(when);
    return changed(
        patient,
        by,
        "diet-order-discontinued",
        "diet order discontinued at " + local(when),
        Optional.empty());
  }

  /** Replaces the patient's allergy list; the same list again changes nothing. */
  public DietChange declareAllergies(PatientId patientId, Allergies allergies, ChangeSource by) {
    PatientRecord patient = patients.lock(patientId);
    Set<Allergen> before = Patients.allergens(patient.allergies());
    if (before.equals(allergies.declared()) && patient.intolerances().equals(allergies.other())) {
      return new DietChange(patientId, false, 0);
    }
    Optional<Loosened> loosens = Loosening.ofAllergies(before, patient.intolerances(), allergies);
    confirmedIfLoosening(by, loosens);
    patient.allergies(
        allergies.declared().stream().sorted().map(Allergen::name).toArray(String[]::new),
        allergies.other());
    return changed(
        patient,
        by,
        "allergies-declared",
        (allergies.declared().isEmpty()
                ? "no declared allergens"
                : allergies.declared().stream()
                    .map(Allergen::word)
                    .sorted()
                    .collect(Collectors.joining(", ")))
            + (allergies.other().isEmpty() ? "" : "; other: " + allergies.other()),
        loosens);
  }

  private DietChange changed(
      PatientRecord patient,
      ChangeSource by,
      String action,
      String detail,
      Optional<Loosened> loosens) {
    patient.dietChanged();
    records.flush();
    audit.record(by.by(), action, patient.mrn() + ": " + detail);
    history.record(
        patient.patientId(),
        now(),
        action,
        detail + by.loosenedBecause().map(why -> " (why: " + why + ")").orElse(""),
        by,
        loosens.map(Loosened::english));
    int flagged =
        flags.raise(
            patients.view(patient), history(patient.patientId()), action.replace('-', ' '), now());
    return new DietChange(patient.patientId(), true, flagged);
  }

  /**
   * A person's change that loosens the diet needs their confirmation; the record's does not (it is
   * shown instead).
   */
  private static void confirmedIfLoosening(ChangeSource by, Optional<Loosened> loosens) {
    if (loosens.isPresent() && by.mustConfirmLoosening()) {
      throw new LooseningNotConfirmed(loosens.get());
    }
  }

  private Optional<DietOrderRecord> newestOpen(PatientId patientId, Instant at) {
    return records.startedBy(patientId, at).stream()
        .max(Comparator.comparing(DietOrderRecord::startsAt).thenComparing(DietOrderRecord::id))
        .filter(
            order ->
                order.endedAt() == null && (order.endsAt() == null || order.endsAt().isAfter(at)));
  }

  private static boolean same(DietOrder known, NewDietOrder order, Instant starts) {
    return Objects.equals(known.sourceRef(), order.sourceRef())
        && known.source().equals(order.source())
        && known.npo() == order.npo()
        && known.diets().equals(order.diets())
        && Objects.equals(known.foodLevel(), order.npo() ? null : order.foodLevel())
        && Objects.equals(known.drinkLevel(), order.npo() ? null : order.drinkLevel())
        && known.culturalNeeds().equals(order.culturalNeeds())
        && known.supplements().equals(order.supplements())
        && known
            .targets()
            .equals(NutritionTargets.of(order.targets().energyKcal(), order.targets().proteinG()))
        && known.startsAt().equals(starts)
        && Objects.equals(
            known.endsAt(),
            order.endsAt() == null ? null : order.endsAt().truncatedTo(ChronoUnit.MICROS));
  }

  private static String describe(NewDietOrder order) {
    return order.diets().stream()
            .map(TherapeuticDiet::word)
            .sorted()
            .collect(Collectors.joining(", "))
        + ", food IDDSI "
        + order.foodLevel()
        + ", drinks IDDSI "
        + order.drinkLevel()
        + (order.culturalNeeds().isEmpty() ? "" : ", " + String.join(", ", order.culturalNeeds()));
  }

  private Instant now() {
    return clock.instant();
  }

  /** A moment as the ward reads it: the hospital's own time. */
  private String local(Instant moment) {
    return WARD_TIME.format(moment.atZone(configurations.configuration().orElseThrow().timeZone()));
  }

  static DietOrder view(DietOrderRecord d) {
    return new DietOrder(
        d.id(),
        d.npo(),
        Arrays.stream(d.diets())
            .map(w -> TherapeuticDiet.fromWord(w).orElseThrow())
            .collect(Collectors.toSet()),
        d.foodLevel(),
        d.drinkLevel(),
        Set.of(d.culturalNeeds()),
        d.supplements(),
        d.startsAt(),
        d.endsAt(),
        d.endedAt(),
        d.source(),
        d.sourceRef(),
        d.enteredBy(),
        d.enteredAt(),
        d.holdReason(),
        NutritionTargets.of(d.energyTargetKcal(), d.proteinTargetG()));
  }
}
