package org.trayflow.patients;

import java.time.Instant;
import java.util.Optional;
import org.trayflow.ids.PatientId;

/**
 * One change in a patient's history, as the ward reads it.
 *
 * @param source where it came from: "HL7 message … from …", "FHIR message … from …" or "entered by
 *     …"
 * @param loosens what the change lets the patient be served that they could not before, if
 *     anything: such a change waits for someone caring for the patient to look at it
 * @param seenBy who looked at a loosening change, once someone has
 */
public record PatientChange(
    long id,
    PatientId patientId,
    Instant at,
    String what,
    String summary,
    String source,
    Optional<String> loosens,
    Optional<String> seenBy,
    Optional<Instant> seenAt) {

  public boolean toLookAt() {
    return loosens.isPresent() && seenBy.isEmpty();
  }
}
