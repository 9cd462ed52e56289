package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.persistence.PatientRecord;
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

  @Inject EntityManager em;
  @Inject Sites sites;

  /**
   * @throws PatientNotFound unless the hospital has a patient of that id
   */
  public Patient find(long id) {
    return Optional.ofNullable(em.find(PatientRecord.class, id))
        .map(this::view)
        .orElseThrow(() -> new PatientNotFound(String.valueOf(id)));
  }

  /**
   * The hospital's patients of these ids, by id (ids of no patient of the hospital are left out).
   */
  public Map<Long, Patient> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return views(
            em.createQuery("select p from PatientRecord p where p.id in :ids", PatientRecord.class)
                .setParameter("ids", ids)
                .getResultList())
        .stream()
        .collect(Collectors.toMap(Patient::id, patient -> patient));
  }

  public Optional<Patient> findByMrn(String mrn) {
    return record(mrn).map(this::view);
  }

  /** Every patient in hospital now, by ward and bed. */
  public List<Patient> inHospital() {
    return views(
            em.createQuery(
                    "select p from PatientRecord p where p.dischargedAt is null"
                        + " and p.admittedAt is not null",
                    PatientRecord.class)
                .getResultList())
        .stream()
        .sorted(
            Comparator.comparing((Patient p) -> Objects.requireNonNullElse(p.ward(), ""))
                .thenComparing(Patient::bed, BED_ORDER))
        .toList();
  }

  /** The patients in a ward now, in bed order. */
  public List<Patient> onWard(long locationId) {
    return views(
            em.createQuery(
                    "select p from PatientRecord p where p.locationId = :ward"
                        + " and p.dischargedAt is null",
                    PatientRecord.class)
                .setParameter("ward", locationId)
                .getResultList())
        .stream()
        .sorted(Comparator.comparing(Patient::bed, BED_ORDER).thenComparing(Patient::familyName))
        .toList();
  }

  /**
   * Admits the patient, or moves them (a transfer), registering them on first sight.
   *
   * @return the patient's id
   */
  public long place(Placement placement) {
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
                      new PatientRecord(
                          placement.mrn(),
                          placement.familyName(),
                          placement.givenName() == null ? "" : placement.givenName());
                  em.persist(registered);
                  return registered;
                });
    if (placement.familyName() != null && !placement.familyName().isBlank()) {
      patient.name(
          placement.familyName(),
          placement.givenName() == null ? "" : placement.givenName(),
          placement.birthDate());
    }
    patient.placeIn(placement.encounter(), siteId, wardId, placement.bed(), placement.since());
    em.flush();
    return patient.id();
  }

  /**
   * @return the patient's id, empty when the hospital has never had them
   */
  public Optional<Long> discharge(String mrn, Instant at) {
    return record(mrn)
        .map(
            patient -> {
              patient.discharge(at);
              return patient.id();
            });
  }

  /**
   * The patient's row, locked until the transaction ends: diet changes and checkouts queue on it.
   */
  PatientRecord lock(long patientId) {
    PatientRecord patient = em.find(PatientRecord.class, patientId, LockModeType.PESSIMISTIC_WRITE);
    if (patient == null) {
      throw new PatientNotFound(String.valueOf(patientId));
    }
    return patient;
  }

  private Optional<PatientRecord> record(String mrn) {
    return em.createQuery("select p from PatientRecord p where p.mrn = :mrn", PatientRecord.class)
        .setParameter("mrn", mrn)
        .getResultStream()
        .findFirst();
  }

  Patient view(PatientRecord p) {
    return views(List.of(p)).get(0);
  }

  private List<Patient> views(Collection<PatientRecord> records) {
    Map<Long, String> siteSlugs =
        slugs("Site", records.stream().map(PatientRecord::siteId).toList());
    Map<Long, String> wardSlugs =
        slugs("SiteLocation", records.stream().map(PatientRecord::locationId).toList());
    return records.stream()
        .map(
            p ->
                new Patient(
                    p.id(),
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

  private Map<Long, String> slugs(String entity, Collection<Long> ids) {
    List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (known.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select e.id, e.slug from " + entity + " e where e.id in :ids", Object[].class)
        .setParameter("ids", known)
        .getResultStream()
        .collect(
            Collectors.toMap(
                row -> (Long) row[0], row -> (String) row[1], (a, b) -> a, HashMap::new));
  }
}
