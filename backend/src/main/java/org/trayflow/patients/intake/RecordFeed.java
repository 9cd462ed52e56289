package org.trayflow.patients.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.Allergies;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.DietChange;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.MealFlags;
import org.trayflow.patients.NewDietOrder;
import org.trayflow.patients.Patient;
import org.trayflow.patients.Patients;
import org.trayflow.patients.Placement;

/**
 * What a hospital's record can tell Trayflow, whatever the protocol: admissions, transfers,
 * discharges, diet orders, holds and releases, allergy lists. Runs in the caller's transaction,
 * with the message kept in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordFeed {

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject MealFlags flags;

  String place(Placement placement, Optional<Allergies> allergies, ChangeSource by) {
    PatientId id = patients.place(placement);
    allergies.ifPresent(declared -> dietOrders.declareAllergies(id, declared, by));
    return "patient "
        + placement.mrn()
        + " in "
        + placement.site()
        + "/"
        + placement.ward()
        + " bed "
        + placement.bed();
  }

  String discharge(String mrn, Instant at) {
    PatientId id = patients.discharge(mrn, at).orElseThrow(() -> unknown(mrn));
    int flagged = flags.discharged(patients.find(id), at);
    return "patient "
        + mrn
        + " discharged"
        + (flagged == 0 ? "" : "; " + flagged + " ordered meal(s) flagged");
  }

  String order(String mrn, NewDietOrder order, Optional<Allergies> allergies, ChangeSource by) {
    PatientId id = patient(mrn).id();
    allergies.ifPresent(declared -> dietOrders.declareAllergies(id, declared, by));
    DietChange change = dietOrders.order(id, order, by);
    return (order.npo() ? "nil-by-mouth hold" : "diet order")
        + " for "
        + mrn
        + (change.changed() ? "" : " (already recorded)")
        + flagged(change);
  }

  String release(String mrn, Instant at, ChangeSource by) {
    DietChange change = dietOrders.release(patient(mrn).id(), at, by);
    return "nil-by-mouth hold of "
        + mrn
        + " released; a new diet order is needed"
        + flagged(change);
  }

  String discontinue(String mrn, String sourceRef, Instant at, ChangeSource by) {
    DietChange change = dietOrders.discontinue(patient(mrn).id(), sourceRef, at, by);
    return "diet order of "
        + mrn
        + (change.changed() ? " discontinued" : ": none in force to discontinue")
        + flagged(change);
  }

  private Patient patient(String mrn) {
    return patients.findByMrn(mrn).orElseThrow(() -> unknown(mrn));
  }

  private static RecordProblem unknown(String mrn) {
    return new RecordProblem("no patient with MRN " + mrn + " has been admitted here");
  }

  private static String flagged(DietChange change) {
    return change.flaggedMeals() == 0
        ? ""
        : "; " + change.flaggedMeals() + " ordered meal(s) flagged";
  }
}
