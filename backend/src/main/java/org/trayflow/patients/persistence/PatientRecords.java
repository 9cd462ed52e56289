package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trayflow.ids.PatientId;

/** The hospital's patients ({@code patient}); callers hold the transaction. */
@ApplicationScoped
public class PatientRecords {

  @Inject EntityManager em;

  public Optional<PatientRecord> find(PatientId id) {
    return Optional.ofNullable(em.find(PatientRecordRow.class, id.value()));
  }

  /** The patient's row, locked until the transaction ends. */
  public Optional<PatientRecord> toChange(PatientId id) {
    return Optional.ofNullable(
        em.find(PatientRecordRow.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  public List<PatientRecord> findAll(Collection<PatientId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from PatientRecord p where p.id in :ids", PatientRecord.class)
        .setParameter("ids", ids.stream().map(PatientId::value).toList())
        .getResultList();
  }

  public Optional<PatientRecord> byMrn(String mrn) {
    return em.createQuery("select p from PatientRecord p where p.mrn = :mrn", PatientRecord.class)
        .setParameter("mrn", mrn)
        .getResultStream()
        .findFirst();
  }

  /** Admitted and not discharged. */
  public List<PatientRecord> inHospital() {
    return em.createQuery(
            "select p from PatientRecord p where p.dischargedAt is null"
                + " and p.admittedAt is not null",
            PatientRecord.class)
        .getResultList();
  }

  public List<PatientRecord> onWard(long locationId) {
    return em.createQuery(
            "select p from PatientRecord p where p.locationId = :ward and p.dischargedAt is null",
            PatientRecord.class)
        .setParameter("ward", locationId)
        .getResultList();
  }

  /** Registered at once, so that its id is known. */
  public void add(PatientRecord patient) {
    em.persist(patient);
  }

  public void flush() {
    em.flush();
  }
}
