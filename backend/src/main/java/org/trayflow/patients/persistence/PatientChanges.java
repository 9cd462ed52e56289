package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.PatientChange;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;

/** Each patient's changes ({@code patient_change}), newest first; callers hold the transaction. */
@ApplicationScoped
public class PatientChanges {

  private static final String COLUMNS =
      "select id, patient_id, changed_at, what, summary, source, loosens,"
          + " reviewed_by, reviewed_at from patient_change where tenant_id = ?2 and ";

  private static final int MOST = 200;

  @Inject EntityManager em;

  /**
   * @param source who or what made the change, as the ward reads it
   * @param loosens how it loosens what the patient may be served, when it does
   */
  public void add(
      PatientId patientId,
      Instant at,
      String what,
      String summary,
      String source,
      Optional<String> loosens) {
    em.createNativeQuery(
            "insert into patient_change (tenant_id, patient_id, changed_at, what, summary, source,"
                + " loosens) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, patientId.value())
        .setParameter(3, at)
        .setParameter(4, what)
        .setParameter(5, cut(summary, 1000))
        .setParameter(6, cut(source, 500))
        .setParameter(7, loosens.map(text -> cut(text, 1000)).orElse(null))
        .executeUpdate();
  }

  /** The patient's latest changes, newest first. */
  public List<PatientChange> of(PatientId patientId) {
    return changes(
        query(COLUMNS + "patient_id = ?1 order by changed_at desc, id desc")
            .setParameter(1, patientId.value())
            .setMaxResults(MOST));
  }

  /** The loosening changes nobody has looked at yet, of these patients, oldest first. */
  public List<PatientChange> toLookAt(Collection<PatientId> patientIds) {
    return changes(
        query(
                COLUMNS
                    + "patient_id in (?1) and loosens is not null and reviewed_at is null"
                    + " order by changed_at, id")
            .setParameter(1, patientIds.stream().map(PatientId::value).toList()));
  }

  /** What the hospital's record (not a person) changed since then, newest first. */
  public List<PatientChange> fromTheRecordSince(Instant since) {
    return changes(
        query(
                COLUMNS
                    + "changed_at >= ?1 and source not like 'entered by %'"
                    + " order by changed_at desc, id desc")
            .setParameter(1, since)
            .setMaxResults(MOST));
  }

  /**
   * @return whether the patient had that loosening change waiting to be looked at
   */
  public boolean markSeen(PatientId patientId, long changeId, String by, Instant at) {
    return em.createNativeQuery(
                "update patient_change set reviewed_at = ?1, reviewed_by = ?2"
                    + " where tenant_id = ?5 and id = ?3 and patient_id = ?4"
                    + " and loosens is not null and reviewed_at is null")
            .setParameter(1, at)
            .setParameter(2, by)
            .setParameter(3, changeId)
            .setParameter(4, patientId.value())
            .setParameter(5, TenantScope.requiredTenant())
            .executeUpdate()
        == 1;
  }

  private Query query(String sql) {
    return NativeRows.select(em, sql).setParameter(2, TenantScope.requiredTenant());
  }

  private static List<PatientChange> changes(Query query) {
    return NativeRows.of(query)
        .map(
            row ->
                new PatientChange(
                    row.whole("id"),
                    new PatientId(row.whole("patient_id")),
                    row.instant("changed_at"),
                    row.text("what"),
                    row.text("summary"),
                    row.text("source"),
                    row.optionalText("loosens"),
                    row.optionalText("reviewed_by"),
                    row.optionalInstant("reviewed_at")))
        .toList();
  }

  private static String cut(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most - 1) + "…";
  }
}
