package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.persistence.PatientRecord;
import org.trayflow.patients.persistence.PatientRecords;
import org.trayflow.tenancy.Sites;

/**
 * The hospital's patients: admitted, moved and discharged as the record says, with their allergies.
 */
@ApplicationScoped
@Transactional
public class Patients {

  /**
   * Beds in the order a ward walks them: {@code 2} before {@code 10}, {@code 3A} before {@code 3B}.
   */
  public static final Comparator<String> BED_ORDER =
      Comparator.nullsLast(
          Comparator.comparingLong(Patients::bedNumber).thenComparing(Comparator.naturalOrder()));

  @Inject PatientRecords records;
  @Inject Sites sites;

  /**
   * @throws PatientNotFound unless the hospital has a patient of that id
   */
  public Patient find(PatientId id) {
    return records
        .find(id)
        .map(this::view)
        .orElseThrow(() -> new PatientNotFound(String.valueOf(id)));
  }

  /**
   * The hospital's patients of these ids, by id (ids of no patient of the hospital are left out).
   */
  public Map<PatientId, Patient> findAll(Collection<PatientId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return views(records.findAll(ids)).stream()
        .collect(Collectors.toMap(Patient::id, patient -> patient));
  }

  public Optional<Patient> findByMrn(String mrn) {
    return record(mrn).map(this::view);
  }

  /** Every patient in hospital now, by ward and bed. */
  public List<Patient> inHospital() {
    return views(records.inHospital()).stream()
        .sorted(
            Comparator.comparing((Patient p) -> Objects.requireNonNullElse(p.ward(), ""))
                .thenComparing(Patient::bed, BED_ORDER))
        .toList();
  }

  /** The patients in a ward now, in bed order. */
  public List<Patient> onWard(long locationId) {
    return views(records.onWard(locationId)).stream()
        .sorted(Comparator.comparing(Patient::bed, BED_ORDER).thenComparing(Patient::familyName))
        .toList();
  }

  /**
   * Admits the patient, or moves them (a transfer), registering them on first sight.
   *
   * @return the patient's id
   */
  public PatientId place(Placement placement) {
    long siteId =
        sites
            .findSiteId(placement.site())
            .orElseThrow(
                () -> new InvalidDietOrder("site", "there is no site '" + placement.site() + "'"));
    long wardId =
        sites
            .findLocationId(siteId, placement.ward())
            .orElseThrow(
                () ->
                    new InvalidDietOrder(
                        "ward",
                        "there is no ward '" + placement.ward() + "' at " + placement.site()));
    PatientRecord patient =
        record(placement.mrn())
            .orElseGet(
                () -> {
                  PatientRecord registered =
                      PatientRecord.create(
                          placement.mrn(),
                          placement.familyName(),
                          placement.givenName() == null ? "" : placement.givenName());
                  records.add(registered);
                  return registered;
                });
    if (placement.familyName() != null && !placement.familyName().isBlank()) {
      patient.name(
          placement.familyName(),
          placement.givenName() == null ? "" : placement.givenName(),
          placement.birthDate());
    }
    patient.placeIn(placement.encounter(), siteId, wardId, placement.bed(), placement.since());
    // a transfer that leaves PID-15 empty does not forget what the admission said
    placement.reads().ifPresent(language -> patient.reads(language.code()));
    records.flush();
    return patient.patientId();
  }

  /**
   * @return the patient's id, empty when the hospital has never had them
   */
  public Optional<PatientId> discharge(String mrn, Instant at) {
    return record(mrn)
        .map(
            patient -> {
              patient.discharge(at);
              return patient.patientId();
            });
  }

  /**
   * The patient's row, locked until the transaction ends: diet changes and checkouts queue on it.
   */
  PatientRecord lock(PatientId patientId) {
    return records
        .toChange(patientId)
        .orElseThrow(() -> new PatientNotFound(String.valueOf(patientId)));
  }

  private Optional<PatientRecord> record(String mrn) {
    return records.byMrn(mrn);
  }

  Patient view(PatientRecord p) {
    return views(List.of(p)).get(0);
  }

  private List<Patient> views(Collection<PatientRecord> records) {
    Map<Long, String> siteSlugs = sites.siteSlugs(known(records, PatientRecord::siteId));
    Map<Long, String> wardSlugs = sites.locationSlugs(known(records, PatientRecord::locationId));
    return records.stream()
        .map(
            p ->
                new Patient(
                    p.patientId(),
                    p.mrn(),
                    p.familyName(),
                    p.givenName(),
                    p.birthDate(),
                    siteSlugs.get(p.siteId()),
                    wardSlugs.get(p.locationId()),
                    p.bed(),
                    p.admittedAt(),
                    p.dischargedAt(),
                    allergens(p.allergies()),
                    p.intolerances(),
                    p.dietVersion()))
        .toList();
  }

  private static long bedNumber(String bed) {
    String digits = bed.replaceFirst("^\\D*(\\d{0,9}).*$", "$1");
    return digits.isEmpty() ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  static EnumSet<Allergen> allergens(String[] names) {
    EnumSet<Allergen> allergens = EnumSet.noneOf(Allergen.class);
    Arrays.stream(names).map(Allergen::valueOf).forEach(allergens::add);
    return allergens;
  }

  /** The ids the records name, once each: a patient not yet admitted has no site or ward. */
  private static List<Long> known(
      Collection<PatientRecord> records, Function<PatientRecord, Long> id) {
    return records.stream().map(id).filter(Objects::nonNull).distinct().toList();
  }
}
