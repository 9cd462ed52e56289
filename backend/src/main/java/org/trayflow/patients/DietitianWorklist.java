package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trayflow.ids.PatientId;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * What needs a dietitian now, across every ward of the hospital: the questions a ward cannot settle
 * alone. Read at once for the whole hospital, so that the start page is one look, not a walk
 * through the wards.
 */
@ApplicationScoped
@Transactional
public class DietitianWorklist {

  /**
   * A hold that ends within this is about to need a diet order (a patient back from theatre will be
   * hungry).
   */
  static final Duration HOLDS_ENDING_WITHIN = Duration.ofHours(12);

  /** How far back the record's changes are shown: a day's work. */
  static final Duration RECORD_CHANGES_SINCE = Duration.ofHours(24);

  /** The kinds of work, in the order the page shows them: what stops a patient being fed first. */
  public enum Work {
    NO_DIET_ORDER,
    FLAGGED_MEAL,
    UNCHECKED_ALLERGY,
    HOLD_ENDING_SOON,
    FROM_THE_RECORD
  }

  /** One thing to look at, about one patient. */
  public record Item(Work work, Patient patient, String what, Instant at) {}

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject MealFlags flags;
  @Inject PatientHistory history;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;

  /** Every kind, each with its items (possibly none). */
  public Map<Work, List<Item>> now() {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    Instant now = clock.instant();
    Map<Work, List<Item>> work = new EnumMap<>(Work.class);
    for (Work kind : Work.values()) {
      work.put(kind, new ArrayList<>());
    }
    List<Patient> inHospital = patients.inHospital();
    Map<PatientId, List<DietOrder>> orders =
        dietOrders.histories(inHospital.stream().map(Patient::id).toList());
    for (Patient patient : inHospital) {
      DietAtMeal diet =
          DietOrders.dietAt(hospital, patient, orders.getOrDefault(patient.id(), List.of()), now);
      if (diet instanceof DietAtMeal.AwaitingDietOrder awaiting) {
        work.get(Work.NO_DIET_ORDER)
            .add(new Item(Work.NO_DIET_ORDER, patient, awaiting.why(), now));
      }
      if (diet instanceof DietAtMeal.NilByMouth hold) {
        hold.hold()
            .end()
            .filter(end -> end.isBefore(now.plus(HOLDS_ENDING_WITHIN)))
            .ifPresent(
                end ->
                    work.get(Work.HOLD_ENDING_SOON)
                        .add(new Item(Work.HOLD_ENDING_SOON, patient, hold.summary(), end)));
      }
      if (!patient.otherAllergies().isEmpty()) {
        work.get(Work.UNCHECKED_ALLERGY)
            .add(new Item(Work.UNCHECKED_ALLERGY, patient, patient.otherAllergies(), now));
      }
    }
    LocalDate today = now.atZone(hospital.timeZone()).toLocalDate();
    List<MealFlag> open = flags.openFrom(today);
    Map<PatientId, Patient> flagged =
        patients.findAll(open.stream().map(MealFlag::patientId).distinct().toList());
    for (MealFlag flag : open) {
      work.get(Work.FLAGGED_MEAL)
          .add(
              new Item(
                  Work.FLAGGED_MEAL,
                  flagged.get(flag.patientId()),
                  flag.mealPeriod()
                      + " of "
                      + flag.serviceDate()
                      + ": "
                      + flag.reason()
                      + (flag.stillSafe()
                          ? " (still safe: check and confirm)"
                          : " - NOT SAFE: " + flag.conflicts()),
                  flag.raisedAt()));
    }
    List<PatientChange> changes = history.fromTheRecordSince(now.minus(RECORD_CHANGES_SINCE));
    Map<PatientId, Patient> changed =
        patients.findAll(changes.stream().map(PatientChange::patientId).distinct().toList());
    for (PatientChange change : changes) {
      work.get(Work.FROM_THE_RECORD)
          .add(
              new Item(
                  Work.FROM_THE_RECORD,
                  changed.get(change.patientId()),
                  change.summary()
                      + " ("
                      + change.source()
                      + ")"
                      + change.loosens().map(l -> "; loosens: " + l).orElse(""),
                  change.at()));
    }
    return work;
  }
}
