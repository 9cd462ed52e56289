package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trayflow.identity.Role;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The checkout's guard for meals ordered for patients (DESIGN, "no unsafe meal for a patient"):
 * whatever a client shows, a dish that conflicts with the diet in force when the meal is served is
 * refused, as is every meal under a nil-by-mouth hold or without a diet order. The order's
 * transaction then re-reads the diet version under a lock.
 */
@ApplicationScoped
@Transactional
public class PatientMeals {

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject EntityManager em;

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
      long patientId,
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
      for (String conflict : MealSafety.conflicts(fed, dish, rules)) {
        conflicts.add(new Detail("lines[" + i + "].item", dish.name() + ": " + conflict));
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
  public void record(long orderId, LocalDate day, CheckedPatientMeal meal) {
    int version =
        ((Number)
                em.createNativeQuery("select diet_version from patient where id = ?1 for share")
                    .setParameter(1, meal.patientId())
                    .getSingleResult())
            .intValue();
    if (version != meal.dietVersion()) {
      throw new DietChangedDuringCheckout();
    }
    em.createNativeQuery(
            "insert into patient_meal (tenant_id, order_id, service_date, patient_id, meal_for,"
                + " diet_version, diets, checked_by_hand_against, late_tray_reason) values (?1, ?2, ?3, ?4, ?5, ?6,"
                + " cast(?7 as varchar[]), ?8, ?9)")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, orderId)
        .setParameter(3, day)
        .setParameter(4, meal.patientId())
        .setParameter(5, meal.mealFor().name())
        .setParameter(6, version)
        .setParameter(7, "{" + String.join(",", meal.diets()) + "}")
        .setParameter(8, meal.checkedByHandAgainst())
        .setParameter(9, meal.lateTrayReason())
        .executeUpdate();
  }

  /**
   * Meals of this patient (or, for guests and carers, at their bedside) already ordered for the
   * meal.
   */
  public long mealsOrdered(long patientId, MealFor mealFor, LocalDate day, String mealPeriod) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from patient_meal pm join orders o on o.id = pm.order_id"
                        + " and o.service_date = pm.service_date where pm.patient_id = ?1 and pm.service_date = ?2"
                        + " and o.meal_period = ?3 and o.status <> 'CANCELLED' and (pm.meal_for = 'PATIENT') = ?4")
                .setParameter(1, patientId)
                .setParameter(2, day)
                .setParameter(3, mealPeriod)
                .setParameter(4, mealFor == MealFor.PATIENT)
                .getSingleResult())
        .longValue();
  }

  /** Which of these orders are meals for patients, and for whom. */
  public Map<Long, CheckedPatientMeal> of(Collection<Long> orderIds) {
    if (orderIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, CheckedPatientMeal> meals = new HashMap<>();
    NativeRows.of(
            em.createNativeQuery(
                    "select order_id, patient_id, meal_for, diet_version, diets,"
                        + " checked_by_hand_against, late_tray_reason from patient_meal where order_id in (?1)")
                .setParameter(1, orderIds))
        .forEach(
            row ->
                meals.put(
                    ((Number) row[0]).longValue(),
                    new CheckedPatientMeal(
                        ((Number) row[1]).longValue(),
                        MealFor.valueOf((String) row[2]),
                        ((Number) row[3]).intValue(),
                        List.of((String[]) row[4]),
                        (String) row[5],
                        (String) row[6])));
    return meals;
  }
}
