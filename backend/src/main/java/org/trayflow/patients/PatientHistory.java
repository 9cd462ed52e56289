package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.audit.AuditLog;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Each patient's history of diet, allergy, texture and hold changes, with their sources (table
 * patient_change, V12), and the changes that loosen what the patient may be served until someone
 * caring for them has looked at them.
 */
@ApplicationScoped
@Transactional
public class PatientHistory {

  private static final String COLUMNS =
      "select id, patient_id, changed_at, what, summary, source, loosens,"
          + " reviewed_by, reviewed_at from patient_change";

  @Inject EntityManager em;
  @Inject AuditLog audit;

  /** In the change's own transaction: kept with it, or not at all. */
  @Transactional(Transactional.TxType.MANDATORY)
  void record(
      long patientId,
      Instant at,
      String what,
      String summary,
      ChangeSource source,
      Optional<String> loosens) {
    em.createNativeQuery(
            "insert into patient_change (tenant_id, patient_id, changed_at, what, summary, source,"
                + " loosens) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, patientId)
        .setParameter(3, at)
        .setParameter(4, what)
        .setParameter(5, cut(summary, 1000))
        .setParameter(6, cut(source.describe(), 500))
        .setParameter(7, loosens.map(text -> cut(text, 1000)).orElse(null))
        .executeUpdate();
  }

  /** The patient's changes, newest first. */
  public List<PatientChange> of(long patientId) {
    return NativeRows.of(
            em.createNativeQuery(
                    COLUMNS + " where patient_id = ?1 order by changed_at desc, id desc")
                .setParameter(1, patientId)
                .setMaxResults(200))
        .map(PatientHistory::change)
        .toList();
  }

  /** The loosening changes nobody has looked at yet, of these patients (a ward), oldest first. */
  public Map<Long, List<PatientChange>> toLookAt(Collection<Long> patientIds) {
    if (patientIds.isEmpty()) {
      return Map.of();
    }
    return NativeRows.of(
            em.createNativeQuery(
                    COLUMNS
                        + " where patient_id in (?1) and loosens is not null"
                        + " and reviewed_at is null order by changed_at, id")
                .setParameter(1, patientIds))
        .map(PatientHistory::change)
        .collect(Collectors.groupingBy(PatientChange::patientId));
  }

  /** What the hospital's record changed since then (HL7 or FHIR, not people), newest first. */
  public List<PatientChange> fromTheRecordSince(Instant since) {
    return NativeRows.of(
            em.createNativeQuery(
                    COLUMNS
                        + " where changed_at >= ?1 and source not like 'entered by %'"
                        + " order by changed_at desc, id desc")
                .setParameter(1, since)
                .setMaxResults(200))
        .map(PatientHistory::change)
        .toList();
  }

  /**
   * Someone caring for the patient has looked at a loosening change.
   *
   * @throws PatientNotFound unless the patient has such a change waiting
   */
  public void markSeen(long patientId, long changeId, String by, Instant now) {
    int seen =
        em.createNativeQuery(
                "update patient_change set reviewed_at = ?1, reviewed_by = ?2 where id = ?3"
                    + " and patient_id = ?4 and loosens is not null and reviewed_at is null")
            .setParameter(1, now)
            .setParameter(2, by)
            .setParameter(3, changeId)
            .setParameter(4, patientId)
            .executeUpdate();
    if (seen == 0) {
      throw new PatientNotFound(patientId + " with a change " + changeId + " to look at");
    }
    audit.record(by, "patient-change.seen", "change " + changeId + " of patient " + patientId);
  }

  private static PatientChange change(Object[] row) {
    return new PatientChange(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        NativeRows.instant(row[2]),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        Optional.ofNullable((String) row[6]),
        Optional.ofNullable((String) row[7]),
        Optional.ofNullable(row[8]).map(NativeRows::instant));
  }

  private static String cut(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most - 1) + "…";
  }
}
