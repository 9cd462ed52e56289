package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trayflow.identity.Role;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.patients.persistence.PatientMealRecords;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The checkout's guard for meals ordered for patients (docs/architecture.md, "No unsafe meal for a
 * patient"): whatever a client shows, a dish that conflicts with the diet in force when the meal is
 * served is refused, as is every meal under a nil-by-mouth hold or without a diet order. The
 * order's transaction then re-reads the diet version under a lock.
 */
@ApplicationScoped
@Transactional
public class PatientMeals {

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject PatientMealRecords records;
  @Inject OrderedMeals orderedMeals;

  /**
   * @param orderer the roles of whoever orders: unless they may order for patients (MealOrderers),
   *     the answer is the one for a patient who does not exist, before anything of the patient is
   *     read
   * @param dishes the order's dishes, in the order of its lines
   * @param lateTray why the patient's tray is ordered after ordering closed, when it is (the
   *     checkout has judged the late-tray window)
   * @throws PatientNotFound unless the hospital has the patient and the orderer may order for
   *     patients
   * @throws PatientMealRefused naming each conflict, or each dish not checked by hand against an
   *     allergy that Trayflow cannot check
   */
  public CheckedPatientMeal check(
      TenantConfiguration hospital,
      Set<Role> orderer,
      PatientId patientId,
      String site,
      String ward,
      LocalDate day,
      String mealPeriod,
      MealFor mealFor,
      List<OrderedDish> dishes,
      Optional<String> lateTray) {
    if (!MealOrderers.mayOrderForPatients(orderer, hospital)) {
      throw new PatientNotFound(String.valueOf(patientId));
    }
    Patient patient = patients.find(patientId);
    if (!patient.inHospital()) {
      throw PatientMealRefused.notHere(patient.displayName() + " is not in hospital");
    }
    if (!site.equals(patient.site()) || !ward.equals(patient.ward())) {
      throw PatientMealRefused.notHere(
          patient.displayName() + " is on " + patient.ward() + ", not " + ward);
    }
    if (mealFor != MealFor.PATIENT) {
      return new CheckedPatientMeal(patientId, mealFor, patient.dietVersion(), List.of(), "", "");
    }
    DietAtMeal diet =
        DietOrders.dietAt(
            hospital,
            patient,
            dietOrders.history(patientId),
            MealGuard.servedAt(hospital, day, mealPeriod));
    if (diet instanceof DietAtMeal.NilByMouth hold) {
      throw PatientMealRefused.nilByMouth(patient.displayName(), hold.summary());
    }
    if (diet instanceof DietAtMeal.AwaitingDietOrder awaiting) {
      throw PatientMealRefused.noDietOrder(patient.displayName(), awaiting.why());
    }
    PatientDiet fed = ((DietAtMeal.Diet) diet).diet();
    List<Detail> conflicts = new ArrayList<>();
    DietRules rules = DietRules.of(hospital);
    for (int i = 0; i < dishes.size(); i++) {
      OfferedDish dish = dishes.get(i).dish();
      for (Conflict conflict : MealSafety.conflicts(fed, dish, rules)) {
        conflicts.add(new Detail("lines[" + i + "].item", dish.name() + ": " + conflict.english()));
      }
    }
    if (!conflicts.isEmpty()) {
      throw PatientMealRefused.unsafe(patient.displayName(), conflicts);
    }
    String unchecked = fed.otherAllergies();
    if (!unchecked.isEmpty()) {
      List<Detail> notChecked = new ArrayList<>();
      for (int i = 0; i < dishes.size(); i++) {
        if (!dishes.get(i).checkedByHand()) {
          notChecked.add(
              new Detail(
                  "lines[" + i + "].checkedByHand",
                  dishes.get(i).dish().name()
                      + " has not been checked by hand against "
                      + unchecked));
        }
      }
      if (!notChecked.isEmpty()) {
        throw PatientMealRefused.notCheckedByHand(patient.displayName(), unchecked, notChecked);
      }
    }
    return new CheckedPatientMeal(
        patientId,
        mealFor,
        patient.dietVersion(),
        MealGuard.dietWords(diet),
        unchecked,
        lateTray.orElse(""));
  }

  /**
   * In the order's transaction: the diet is still the one checked (read under a share lock, which a
   * diet change's write lock waits for), and the meal is recorded as the patient's.
   *
   * @throws DietChangedDuringCheckout otherwise
   */
  public void record(OrderId orderId, LocalDate day, CheckedPatientMeal meal) {
    if (records.lockedDietVersion(meal.patientId()) != meal.dietVersion()) {
      throw new DietChangedDuringCheckout();
    }
    records.add(orderId, day, meal);
  }

  /**
   * Meals of this patient (or, for guests and carers, at their bedside) already ordered for the
   * meal and not cancelled.
   */
  public long mealsOrdered(PatientId patientId, MealFor mealFor, LocalDate day, String mealPeriod) {
    List<OrderId> atBed =
        records.onDay(List.of(patientId), day).stream()
            .filter(meal -> (meal.mealFor() == MealFor.PATIENT) == (mealFor == MealFor.PATIENT))
            .map(PatientMealRecords.BedsideOrder::orderId)
            .toList();
    return orderedMeals.of(atBed).values().stream()
        .filter(meal -> meal.isOf(day, mealPeriod) && meal.stage() != MealStage.CANCELLED)
        .count();
  }

  /** Which of these orders are meals for patients, and for whom. */
  public Map<OrderId, CheckedPatientMeal> of(Collection<OrderId> orderIds) {
    return records.of(orderIds);
  }
}
