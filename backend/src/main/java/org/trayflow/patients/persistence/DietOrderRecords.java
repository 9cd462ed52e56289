package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.trayflow.ids.PatientId;

/** Patients' diet orders ({@code diet_order}), kept as history; callers hold the transaction. */
@ApplicationScoped
public class DietOrderRecords {

  @Inject EntityManager em;

  /** These patients' diet orders, newest first. */
  public List<DietOrderRecord> of(Collection<PatientId> patientIds) {
    return em.createQuery(
            "select d from DietOrderRecord d where d.patientId in :patients"
                + " order by d.startsAt desc, d.id desc",
            DietOrderRecord.class)
        .setParameter("patients", patientIds.stream().map(PatientId::value).toList())
        .getResultList();
  }

  /** The patient's diet orders that started by then. */
  public List<DietOrderRecord> startedBy(PatientId patientId, Instant at) {
    return em.createQuery(
            "select d from DietOrderRecord d where d.patientId = :patient and d.startsAt <= :at",
            DietOrderRecord.class)
        .setParameter("patient", patientId.value())
        .setParameter("at", at)
        .getResultList();
  }

  public void add(DietOrderRecord order) {
    em.persist(order);
  }

  /** Writes what the transaction changed so far, so that the next statements read it. */
  public void flush() {
    em.flush();
  }
}
