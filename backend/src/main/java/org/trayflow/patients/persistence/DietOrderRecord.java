package org.trayflow.patients.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import org.trayflow.ids.PatientId;

/**
 * One diet order or nil-by-mouth hold of a patient (table {@code diet_order}, V10): only its end
 * ever changes.
 */
public interface DietOrderRecord {

  static DietOrderRecord create(
      PatientId patientId,
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
      String holdReason,
      BigDecimal energyTargetKcal,
      BigDecimal proteinTargetG) {
    return new DietOrderRecordRow(
        patientId.value(),
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
        holdReason,
        energyTargetKcal,
        proteinTargetG);
  }

  Long id();

  void end(Instant at);

  PatientId patientId();

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

  BigDecimal energyTargetKcal();

  BigDecimal proteinTargetG();

  String enteredBy();

  Instant enteredAt();

  String holdReason();
}
