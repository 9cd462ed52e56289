package org.trayflow.patients;

import java.time.Instant;
import java.util.Optional;
import org.trayflow.ids.PatientId;
import org.trayflow.tenantconfig.Language;

/**
 * A patient's sign-in for choosing their own meals at the bedside, for this admission only.
 *
 * @param holder who holds it, in the ward's words: "the patient", "daughter (Aroha)"
 * @param admittedAt when the patient's current admission began: a pass issued before it was for an
 *     earlier one, and a readmission does not bring it back
 * @param dischargedAt when the patient left, which ends every pass of theirs
 * @param patientReads the language the patient's record names, where it names one
 */
public record BedsidePass(
    long id,
    long tenantId,
    PatientId patientId,
    String holder,
    String issuedBy,
    Instant issuedAt,
    Optional<String> endedBy,
    Optional<Instant> endedAt,
    Optional<Instant> admittedAt,
    Optional<Instant> dischargedAt,
    Optional<Language> patientReads) {

  /** It opens the bedside menu: neither ended by the ward nor by the patient's discharge. */
  public boolean open() {
    return endedAt.isEmpty() && dischargedAt.isEmpty() && ofThisAdmission();
  }

  private boolean ofThisAdmission() {
    return admittedAt.map(admitted -> !issuedAt.isBefore(admitted)).orElse(false);
  }

  /** "ended by the ward", "ended at discharge", or nothing while open. */
  public Optional<String> whyEnded() {
    if (endedAt.isPresent()) {
      return Optional.of("ended by " + endedBy.orElse("the ward"));
    }
    return dischargedAt.isPresent() || !ofThisAdmission()
        ? Optional.of("ended at discharge")
        : Optional.empty();
  }

  /** The orderer's name a meal chosen with this pass is placed under: never a person's username. */
  public String ordererName() {
    return ORDERER_PREFIX + id;
  }

  static final String ORDERER_PREFIX = "bedside:";
}
