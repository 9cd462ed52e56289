package org.trayflow.patients.persistence;

import java.time.Instant;
import java.time.LocalDate;
import org.trayflow.ids.PatientId;

/** A patient of a hospital (table {@code patient}, V10). */
public interface PatientRecord {

  static PatientRecord create(String mrn, String familyName, String givenName) {
    return new PatientRecordRow(mrn, familyName, givenName);
  }

  Long id();

  /** The patient's id as other features and the API know it. */
  default PatientId patientId() {
    return new PatientId(id());
  }

  void name(String family, String given, LocalDate born);

  /** Admitted, or moved to another ward or bed: in hospital from then on. */
  void placeIn(String encounterId, long site, long location, String bedLabel, Instant since);

  void discharge(Instant at);

  /** The language the record names for the patient ({@code en}, {@code fr}). */
  void reads(String language);

  void allergies(String[] declared, String other);

  /** Every change to the patient's diet or allergies; checkouts compare it under a row lock. */
  void dietChanged();

  String mrn();

  String encounter();

  String familyName();

  String givenName();

  LocalDate birthDate();

  Long siteId();

  Long locationId();

  String bed();

  Instant admittedAt();

  Instant dischargedAt();

  String[] allergies();

  String intolerances();

  int dietVersion();

  /** Empty where the record has not named one. */
  String language();
}
