package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.BedsidePass;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Language;

/**
 * Bedside passes (table {@code bedside_pass}, V25): issued, looked up by their code's hash, ended.
 */
@ApplicationScoped
public class BedsidePassRecords {

  private static final String COLUMNS =
      "select b.id, b.tenant_id, b.patient_id, b.holder, b.issued_by, b.issued_at, b.ended_by,"
          + " b.ended_at, p.admitted_at, p.discharged_at, p.language"
          + " from bedside_pass b join patient p on p.id = b.patient_id";

  @Inject EntityManager em;

  public long issue(PatientId patient, String codeSha256, String holder, String by, Instant at) {
    return ((Number)
            em.createNativeQuery(
                    "insert into bedside_pass (tenant_id, patient_id, code_sha256, holder,"
                        + " issued_by, issued_at) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, patient.value())
                .setParameter(3, codeSha256)
                .setParameter(4, holder)
                .setParameter(5, by)
                .setParameter(6, at)
                .getSingleResult())
        .longValue();
  }

  /**
   * The pass whose code has this hash, in whichever hospital: a bedside has no tenant until its
   * code says which.
   */
  @AcrossTenants
  @Transactional
  public Optional<BedsidePass> byCode(String codeSha256) {
    return NativeRows.of(
            NativeRows.select(em, COLUMNS + " where b.code_sha256 = ?1")
                .setParameter(1, codeSha256))
        .findFirst()
        .map(BedsidePassRecords::pass);
  }

  public Optional<BedsidePass> find(long passId) {
    return NativeRows.of(
            NativeRows.select(em, COLUMNS + " where b.tenant_id = ?1 and b.id = ?2")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, passId))
        .findFirst()
        .map(BedsidePassRecords::pass);
  }

  /** The patient's passes, newest first. */
  public List<BedsidePass> of(PatientId patient) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    COLUMNS
                        + " where b.tenant_id = ?1 and b.patient_id = ?2 order by b.issued_at desc")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, patient.value()))
        .map(BedsidePassRecords::pass)
        .toList();
  }

  /** Ends the pass unless it has ended already; whether it was this call that ended it. */
  public boolean end(long passId, String by, Instant at) {
    return em.createNativeQuery(
                "update bedside_pass set ended_by = ?3, ended_at = ?4"
                    + " where tenant_id = ?1 and id = ?2 and ended_at is null")
            .setParameter(1, TenantScope.requiredTenant())
            .setParameter(2, passId)
            .setParameter(3, by)
            .setParameter(4, at)
            .executeUpdate()
        == 1;
  }

  private static BedsidePass pass(Row row) {
    return new BedsidePass(
        row.whole("id"),
        row.whole("tenant_id"),
        new PatientId(row.whole("patient_id")),
        row.text("holder"),
        row.text("issued_by"),
        row.instant("issued_at"),
        row.optionalText("ended_by"),
        row.optionalInstant("ended_at"),
        row.optionalInstant("admitted_at"),
        row.optionalInstant("discharged_at"),
        row.optionalText("language").flatMap(Language::of));
  }
}
