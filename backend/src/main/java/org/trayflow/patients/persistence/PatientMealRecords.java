package org.trayflow.patients.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.patients.CheckedPatientMeal;
import org.trayflow.patients.MealFor;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.platform.persistence.Row;
import org.trayflow.platform.tenant.TenantScope;

/**
 * Which orders are meals at a patient's bed ({@code patient_meal}), and the diet each was checked
 * against. Callers hold the transaction.
 */
@ApplicationScoped
public class PatientMealRecords {

  /** An order placed at a patient's bed. */
  public record BedsideOrder(OrderId orderId, PatientId patientId, MealFor mealFor) {}

  private static final String COLUMNS =
      "select order_id, patient_id, meal_for, diet_version, diets, checked_by_hand_against,"
          + " late_tray_reason from patient_meal where tenant_id = ?1";

  @Inject EntityManager em;

  /** The patient's diet version, read under a share lock that a diet change's write waits for. */
  public int lockedDietVersion(PatientId patientId) {
    return ((Number)
            em.createNativeQuery(
                    "select diet_version from patient where tenant_id = ?1 and id = ?2 for share")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, patientId.value())
                .getSingleResult())
        .intValue();
  }

  public void add(OrderId orderId, LocalDate day, CheckedPatientMeal meal) {
    em.createNativeQuery(
            "insert into patient_meal (tenant_id, order_id, service_date, patient_id, meal_for,"
                + " diet_version, diets, checked_by_hand_against, late_tray_reason)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as varchar[]), ?8, ?9)")
        .setParameter(1, TenantScope.requiredTenant())
        .setParameter(2, orderId.value())
        .setParameter(3, day)
        .setParameter(4, meal.patientId().value())
        .setParameter(5, meal.mealFor().name())
        .setParameter(6, meal.dietVersion())
        .setParameter(7, "{" + String.join(",", meal.diets()) + "}")
        .setParameter(8, meal.checkedByHandAgainst())
        .setParameter(9, meal.lateTrayReason())
        .executeUpdate();
  }

  /** Which of these orders are meals at a patient's bed, and as checked then. */
  public Map<OrderId, CheckedPatientMeal> of(Collection<OrderId> orderIds) {
    Map<OrderId, CheckedPatientMeal> meals = new HashMap<>();
    if (orderIds.isEmpty()) {
      return meals;
    }
    NativeRows.of(
            NativeRows.select(em, COLUMNS + " and order_id in (?2)")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, orderIds.stream().map(OrderId::value).toList()))
        .forEach(row -> meals.put(new OrderId(row.whole("order_id")), checked(row)));
    return meals;
  }

  /** The orders at these patients' beds served on the day. */
  public List<BedsideOrder> onDay(Collection<PatientId> patientIds, LocalDate day) {
    if (patientIds.isEmpty()) {
      return List.of();
    }
    return bedside(
        "select order_id, patient_id, meal_for from patient_meal where tenant_id = ?1"
            + " and patient_id in (?2) and service_date = ?3",
        patientIds,
        day);
  }

  /** The orders at every bed of the hospital served on the day. */
  public List<BedsideOrder> onDay(LocalDate day) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select order_id, patient_id, meal_for from patient_meal where tenant_id = ?1"
                        + " and service_date = ?2")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, day))
        .map(PatientMealRecords::bedsideOrder)
        .toList();
  }

  /** The patient's own meals (not guests' or carers') served from this day on. */
  public List<BedsideOrder> patientsOwnFrom(PatientId patientId, LocalDate from) {
    return NativeRows.of(
            NativeRows.select(
                    em,
                    "select order_id, patient_id, meal_for from patient_meal where tenant_id = ?1"
                        + " and patient_id = ?2 and service_date >= ?3 and meal_for = 'PATIENT'")
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, patientId.value())
                .setParameter(3, from))
        .map(PatientMealRecords::bedsideOrder)
        .toList();
  }

  private List<BedsideOrder> bedside(String sql, Collection<PatientId> patientIds, LocalDate day) {
    return NativeRows.of(
            NativeRows.select(em, sql)
                .setParameter(1, TenantScope.requiredTenant())
                .setParameter(2, patientIds.stream().map(PatientId::value).toList())
                .setParameter(3, day))
        .map(PatientMealRecords::bedsideOrder)
        .toList();
  }

  private static BedsideOrder bedsideOrder(Row row) {
    return new BedsideOrder(
        new OrderId(row.whole("order_id")),
        new PatientId(row.whole("patient_id")),
        MealFor.valueOf(row.text("meal_for")));
  }

  private static CheckedPatientMeal checked(Row row) {
    return new CheckedPatientMeal(
        new PatientId(row.whole("patient_id")),
        MealFor.valueOf(row.text("meal_for")),
        row.count("diet_version"),
        row.texts("diets"),
        row.text("checked_by_hand_against"),
        row.text("late_tray_reason"));
  }
}
