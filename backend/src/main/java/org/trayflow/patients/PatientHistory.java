package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.audit.AuditLog;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.persistence.PatientChanges;

/**
 * Each patient's history of diet, allergy, texture and hold changes, with their sources (table
 * patient_change, V12), and the changes that loosen what the patient may be served until someone
 * caring for them has looked at them.
 */
@ApplicationScoped
@Transactional
public class PatientHistory {

  @Inject PatientChanges changes;
  @Inject AuditLog audit;

  /** In the change's own transaction: kept with it, or not at all. */
  @Transactional(Transactional.TxType.MANDATORY)
  void record(
      PatientId patientId,
      Instant at,
      String what,
      String summary,
      ChangeSource source,
      Optional<String> loosens) {
    changes.add(patientId, at, what, summary, source.describe(), loosens);
  }

  /** The patient's latest changes, newest first. */
  public List<PatientChange> of(PatientId patientId) {
    return changes.of(patientId);
  }

  /** The loosening changes nobody has looked at yet, of these patients (a ward), oldest first. */
  public Map<PatientId, List<PatientChange>> toLookAt(Collection<PatientId> patientIds) {
    if (patientIds.isEmpty()) {
      return Map.of();
    }
    return changes.toLookAt(patientIds).stream()
        .collect(Collectors.groupingBy(PatientChange::patientId));
  }

  /** What the hospital's record changed since then (HL7 or FHIR, not people), newest first. */
  public List<PatientChange> fromTheRecordSince(Instant since) {
    return changes.fromTheRecordSince(since);
  }

  /**
   * Someone caring for the patient has looked at a loosening change.
   *
   * @throws PatientNotFound unless the patient has such a change waiting
   */
  public void markSeen(PatientId patientId, long changeId, String by, Instant now) {
    if (!changes.markSeen(patientId, changeId, by, now)) {
      throw new PatientNotFound(patientId + " with a change " + changeId + " to look at");
    }
    audit.record(by, "patient-change.seen", "change " + changeId + " of patient " + patientId);
  }
}
