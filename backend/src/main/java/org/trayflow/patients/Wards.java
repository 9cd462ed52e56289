package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.platform.persistence.NativeRows;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/** What a ward sees: its patients by bed for a meal, and each patient's menu. */
@ApplicationScoped
@Transactional
public class Wards {

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject PatientHistory history;
  @Inject MealFlags flags;
  @Inject PublishedMenus menus;
  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject EntityManager em;

  /**
   * @throws PatientNotFound when the site or ward is not the hospital's (nothing to show)
   */
  public List<WardBed> board(String site, String ward, LocalDate day, String mealPeriod) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    long wardId =
        sites
            .findSiteId(site)
            .flatMap(siteId -> sites.findLocationId(siteId, ward))
            .orElseThrow(() -> new PatientNotFound("on " + site + "/" + ward));
    List<Patient> onWard = patients.onWard(wardId);
    Map<Long, List<WardBed.BedsideMeal>> meals = mealsAt(onWard, day, mealPeriod);
    var served = MealGuard.servedAt(hospital, day, mealPeriod);
    List<Long> ids = onWard.stream().map(Patient::id).toList();
    Map<Long, List<DietOrder>> histories = dietOrders.histories(ids);
    Map<Long, List<PatientChange>> toLookAt = history.toLookAt(ids);
    List<WardBed> beds = new ArrayList<>();
    for (Patient patient : onWard) {
      beds.add(
          new WardBed(
              patient,
              DietOrders.dietAt(
                  hospital, patient, histories.getOrDefault(patient.id(), List.of()), served),
              meals.getOrDefault(patient.id(), List.of()),
              toLookAt.getOrDefault(patient.id(), List.of())));
    }
    return beds;
  }

  private Map<Long, List<WardBed.BedsideMeal>> mealsAt(
      List<Patient> onWard, LocalDate day, String mealPeriod) {
    if (onWard.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        NativeRows.of(
                em.createNativeQuery(
                        "select o.id, pm.patient_id, pm.meal_for, o.status,"
                            + " (select string_agg(l.quantity || ' × ' || l.item_name, ', ' order by l.item_name) from order_line l"
                            + " where l.order_id = o.id and l.service_date = o.service_date) from orders o join patient_meal pm"
                            + " on pm.order_id = o.id and pm.service_date = o.service_date where pm.patient_id in (?1)"
                            + " and o.service_date = ?2 and o.meal_period = ?3 order by o.placed_at")
                    .setParameter(1, onWard.stream().map(Patient::id).toList())
                    .setParameter(2, day)
                    .setParameter(3, mealPeriod))
            .toList();
    Map<Long, MealFlag> open =
        flags.openFor(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
    Map<Long, List<WardBed.BedsideMeal>> meals = new HashMap<>();
    for (Object[] row : rows) {
      long orderId = ((Number) row[0]).longValue();
      meals
          .computeIfAbsent(((Number) row[1]).longValue(), id -> new ArrayList<>())
          .add(
              new WardBed.BedsideMeal(
                  orderId,
                  MealFor.valueOf((String) row[2]),
                  (String) row[3],
                  row[4] == null ? List.of() : List.of(((String) row[4]).split(", ")),
                  open.get(orderId)));
    }
    return meals;
  }

  /** A meal's trays at a site, in delivery order: by ward, then bed. */
  public List<Tray> trays(String site, LocalDate day, String mealPeriod) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    long siteId = sites.findSiteId(site).orElseThrow(() -> new PatientNotFound("at " + site));
    List<Object[]> rows =
        NativeRows.of(
                em.createNativeQuery(
                        "select o.id, pm.patient_id, pm.meal_for, o.status,"
                            + " l.name from orders o join patient_meal pm on pm.order_id = o.id and pm.service_date = o.service_date"
                            + " join location l on l.id = o.location_id where o.site_id = ?1 and o.service_date = ?2"
                            + " and o.meal_period = ?3 and o.status <> 'CANCELLED'")
                    .setParameter(1, siteId)
                    .setParameter(2, day)
                    .setParameter(3, mealPeriod))
            .toList();
    List<Long> orderIds = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    Map<Long, MealFlag> open = flags.openFor(orderIds);
    Map<Long, List<String>> dishes = dishesOf(orderIds, day);
    var served = MealGuard.servedAt(hospital, day, mealPeriod);
    List<Long> patientIds =
        rows.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList();
    Map<Long, Patient> fed = patients.findAll(patientIds);
    Map<Long, List<DietOrder>> histories = dietOrders.histories(patientIds);
    List<Tray> trays = new ArrayList<>();
    for (Object[] row : rows) {
      long orderId = ((Number) row[0]).longValue();
      Patient patient = fed.get(((Number) row[1]).longValue());
      MealFor mealFor = MealFor.valueOf((String) row[2]);
      DietAtMeal dietAtMeal =
          DietOrders.dietAt(
              hospital, patient, histories.getOrDefault(patient.id(), List.of()), served);
      String diet =
          mealFor == MealFor.PATIENT
              ? dietAtMeal.summary()
              : mealFor.word() + " of the patient: no diet applies";
      Optional<PatientDiet> texture =
          mealFor == MealFor.PATIENT && dietAtMeal instanceof DietAtMeal.Diet eats
              ? Optional.of(eats.diet())
              : Optional.empty();
      MealFlag flag = open.get(orderId);
      trays.add(
          new Tray(
              orderId,
              (String) row[4],
              patient.bed(),
              patient.displayName(),
              patient.mrn(),
              mealFor,
              diet,
              texture.map(PatientDiet::foodLevel),
              texture.map(PatientDiet::drinkLevel),
              mealFor == MealFor.PATIENT
                  ? patient.allergies().stream().map(Allergen::word).sorted().toList()
                  : List.of(),
              mealFor == MealFor.PATIENT ? patient.otherAllergies() : "",
              dishes.getOrDefault(orderId, List.of()),
              (String) row[3],
              flag == null
                  ? ""
                  : flag.reason()
                      + (flag.stillSafe()
                          ? " (still safe: check and confirm)"
                          : " - NOT SAFE: " + flag.conflicts())));
    }
    trays.sort(
        Comparator.comparing(Tray::ward)
            .thenComparing(Tray::bed, Patients.BED_ORDER)
            .thenComparing(Tray::mealFor));
    return trays;
  }

  private Map<Long, List<String>> dishesOf(List<Long> orderIds, LocalDate day) {
    Map<Long, List<String>> dishes = new HashMap<>();
    if (orderIds.isEmpty()) {
      return dishes;
    }
    NativeRows.of(
            em.createNativeQuery(
                    "select order_id, quantity, item_name from order_line where order_id in (?1)"
                        + " and service_date = ?2 order by item_name")
                .setParameter(1, orderIds)
                .setParameter(2, day))
        .forEach(
            row ->
                dishes
                    .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(row[1] + " × " + row[2]));
    return dishes;
  }

  /**
   * The newest published menu of the patient's site for the meal, each dish judged against their
   * diet then.
   */
  public PatientMenu menuFor(long patientId, LocalDate day, String mealPeriod) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    Patient patient = patients.find(patientId);
    DietAtMeal diet =
        DietOrders.dietAt(
            hospital,
            patient,
            dietOrders.history(patientId),
            MealGuard.servedAt(hospital, day, mealPeriod));
    List<OfferedDish> dishes =
        patient.site() == null
            ? List.of()
            : menus
                .newest(hospital.slug(), patient.site(), MenuWeek.containing(day))
                .map(menu -> menu.dishes(day, mealPeriod))
                .orElse(List.of());
    DietRules rules = DietRules.of(hospital);
    return new PatientMenu(
        diet,
        dishes.stream()
            .map(dish -> new PatientMenu.Choice(dish, MealGuard.conflicts(diet, dish, rules)))
            .toList());
  }
}
