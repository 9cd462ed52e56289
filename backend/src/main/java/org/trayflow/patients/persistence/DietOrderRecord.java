package org.trayflow.patients.persistence;

import java.time.Instant;

/**
 * One diet order or nil-by-mouth hold of a patient (table {@code diet_order}, V10): only its end
 * ever changes.
 */
public interface DietOrderRecord {

  static DietOrderRecord create(
      long patientId,
      boolean npo,
      String[] diets,
      Integer foodLevel,
      Integer drinkLevel,
      String[] culturalNeeds,
      String supplements,
      Instant startsAt,
      Instant endsAt,
      String source,
      String sourceRef,
      String enteredBy,
      Instant enteredAt,
      String holdReason) {
    return new DietOrderRecordRow(
        patientId,
        npo,
        diets,
        foodLevel,
        drinkLevel,
        culturalNeeds,
        supplements,
        startsAt,
        endsAt,
        source,
        sourceRef,
        enteredBy,
        enteredAt,
        holdReason);
  }

  Long id();

  void end(Instant at);

  long patientId();

  boolean npo();

  String[] diets();

  Integer foodLevel();

  Integer drinkLevel();

  String[] culturalNeeds();

  String supplements();

  Instant startsAt();

  Instant endsAt();

  Instant endedAt();

  String source();

  String sourceRef();

  String enteredBy();

  Instant enteredAt();

  String holdReason();
}
