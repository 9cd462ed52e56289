package org.trayflow.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.Nutrition;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenu.OfferedDish;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.patients.persistence.BedsidePassRecords;
import org.trayflow.patients.persistence.PatientMealRecords;
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
  @Inject PatientMealRecords patientMeals;
  @Inject OrderedMeals orderedMeals;
  @Inject BedsidePassRecords bedsidePasses;

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
    List<PatientMealRecords.BedsideOrder> atBeds =
        patientMeals.onDay(onWard.stream().map(Patient::id).toList(), day);
    Map<OrderId, OrderedMeals.OrderedMeal> ordered =
        orderedMeals.of(atBeds.stream().map(PatientMealRecords.BedsideOrder::orderId).toList());
    Map<PatientId, List<WardBed.BedsideMeal>> meals = mealsAt(atBeds, ordered, day, mealPeriod);
    Map<PatientId, Nutrition> eaten = orderedForTheDay(atBeds, ordered);
    var served = MealGuard.servedAt(hospital, day, mealPeriod);
    List<PatientId> ids = onWard.stream().map(Patient::id).toList();
    Map<PatientId, List<DietOrder>> histories = dietOrders.histories(ids);
    Map<PatientId, List<PatientChange>> toLookAt = history.toLookAt(ids);
    List<WardBed> beds = new ArrayList<>();
    for (Patient patient : onWard) {
      DietAtMeal diet =
          DietOrders.dietAt(
              hospital, patient, histories.getOrDefault(patient.id(), List.of()), served);
      beds.add(
          new WardBed(
              patient,
              diet,
              meals.getOrDefault(patient.id(), List.of()),
              toLookAt.getOrDefault(patient.id(), List.of()),
              new WardBed.DayOrdered(
                  eaten.getOrDefault(patient.id(), Nutrition.NOTHING),
                  diet instanceof DietAtMeal.Diet eats
                      ? eats.order().map(DietOrder::targets).orElse(NutritionTargets.NONE)
                      : NutritionTargets.NONE)));
    }
    return beds;
  }

  /**
   * What each patient's own meals of the day add up to (not guests' or carers', not cancelled), by
   * the labels of the menus they were ordered from.
   */
  private Map<PatientId, Nutrition> orderedForTheDay(
      List<PatientMealRecords.BedsideOrder> atBeds,
      Map<OrderId, OrderedMeals.OrderedMeal> ordered) {
    List<PatientMealRecords.BedsideOrder> own =
        atBeds.stream()
            .filter(bed -> bed.mealFor() == MealFor.PATIENT)
            .filter(bed -> ordered.containsKey(bed.orderId()))
            .filter(bed -> ordered.get(bed.orderId()).stage() != MealStage.CANCELLED)
            .toList();
    Map<Long, String> siteSlugs =
        sites.siteSlugs(
            own.stream()
                .map(bed -> ordered.get(bed.orderId()).siteId())
                .collect(Collectors.toSet()));
    Map<String, Optional<PublishedMenu>> menusOrderedFrom = new HashMap<>();
    Map<PatientId, Nutrition> eaten = new HashMap<>();
    for (PatientMealRecords.BedsideOrder bed : own) {
      OrderedMeals.OrderedMeal meal = ordered.get(bed.orderId());
      String site = siteSlugs.get(meal.siteId());
      MenuWeek week = MenuWeek.containing(meal.serviceDate());
      Optional<PublishedMenu> menu =
          menusOrderedFrom.computeIfAbsent(
              site + "/" + week + "/" + meal.menuVersion(),
              key -> menus.menu(site, week, meal.menuVersion()));
      Map<Long, Nutrition> labels =
          menu.map(m -> m.dishes(meal.serviceDate(), meal.mealPeriod())).orElse(List.of()).stream()
              .collect(Collectors.toMap(OfferedDish::itemId, OfferedDish::nutrition, (a, b) -> a));
      for (OrderedMeals.Dish dish : meal.dishes()) {
        Nutrition portions =
            labels.getOrDefault(dish.itemId(), Nutrition.unknown()).times(dish.quantity());
        eaten.merge(bed.patientId(), portions, Nutrition::plus);
      }
    }
    return eaten;
  }

  private Map<PatientId, List<WardBed.BedsideMeal>> mealsAt(
      List<PatientMealRecords.BedsideOrder> atBeds,
      Map<OrderId, OrderedMeals.OrderedMeal> ordered,
      LocalDate day,
      String mealPeriod) {
    List<PatientMealRecords.BedsideOrder> ofMeal =
        atBeds.stream()
            .filter(bed -> ordered.containsKey(bed.orderId()))
            .filter(bed -> ordered.get(bed.orderId()).isOf(day, mealPeriod))
            .sorted(Comparator.comparing(bed -> ordered.get(bed.orderId()).placedAt()))
            .toList();
    Map<OrderId, MealFlag> open =
        flags.openFor(ofMeal.stream().map(PatientMealRecords.BedsideOrder::orderId).toList());
    Map<PatientId, List<WardBed.BedsideMeal>> meals = new HashMap<>();
    for (PatientMealRecords.BedsideOrder bed : ofMeal) {
      OrderedMeals.OrderedMeal meal = ordered.get(bed.orderId());
      meals
          .computeIfAbsent(bed.patientId(), id -> new ArrayList<>())
          .add(
              new WardBed.BedsideMeal(
                  bed.orderId(),
                  bed.mealFor(),
                  meal.stage(),
                  meal.dishes().stream().map(OrderedMeals.Dish::portions).toList(),
                  open.get(bed.orderId()),
                  chosenAtBedsideBy(meal)));
    }
    return meals;
  }

  /** One of the patient's own meals of a day, as the bedside shows it. */
  public record OwnMeal(String mealPeriod, List<String> dishes, MealStage stage) {}

  /** The patient's own meals of the day, not cancelled, whoever ordered them. */
  public List<OwnMeal> ownMeals(PatientId patientId, LocalDate day) {
    List<PatientMealRecords.BedsideOrder> atBed =
        patientMeals.onDay(List.of(patientId), day).stream()
            .filter(bed -> bed.mealFor() == MealFor.PATIENT)
            .toList();
    Map<OrderId, OrderedMeals.OrderedMeal> ordered =
        orderedMeals.of(atBed.stream().map(PatientMealRecords.BedsideOrder::orderId).toList());
    return ordered.values().stream()
        .filter(meal -> meal.stage() != MealStage.CANCELLED && meal.serviceDate().equals(day))
        .sorted(Comparator.comparing(OrderedMeals.OrderedMeal::placedAt))
        .map(
            meal ->
                new OwnMeal(
                    meal.mealPeriod(),
                    meal.dishes().stream().map(OrderedMeals.Dish::portions).toList(),
                    meal.stage()))
        .toList();
  }

  /** Who chose the meal at the bedside, with a pass; empty when the ward ordered it. */
  private Optional<String> chosenAtBedsideBy(OrderedMeals.OrderedMeal meal) {
    if (!meal.orderedBy().startsWith(BedsidePass.ORDERER_PREFIX)) {
      return Optional.empty();
    }
    long passId = Long.parseLong(meal.orderedBy().substring(BedsidePass.ORDERER_PREFIX.length()));
    return bedsidePasses.find(passId).map(BedsidePass::holder);
  }

  /** A meal's trays at a site, in delivery order: by ward, then bed. */
  public List<Tray> trays(String site, LocalDate day, String mealPeriod) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    long siteId = sites.findSiteId(site).orElseThrow(() -> new PatientNotFound("at " + site));
    List<PatientMealRecords.BedsideOrder> atBeds = patientMeals.onDay(day);
    Map<OrderId, OrderedMeals.OrderedMeal> ordered =
        orderedMeals.of(atBeds.stream().map(PatientMealRecords.BedsideOrder::orderId).toList());
    List<PatientMealRecords.BedsideOrder> served =
        atBeds.stream()
            .filter(bed -> ordered.containsKey(bed.orderId()))
            .filter(bed -> isServedAt(ordered.get(bed.orderId()), siteId, day, mealPeriod))
            .toList();
    Map<OrderId, MealFlag> open =
        flags.openFor(served.stream().map(PatientMealRecords.BedsideOrder::orderId).toList());
    Map<Long, String> wards =
        sites.locationNames(
            served.stream().map(bed -> ordered.get(bed.orderId()).locationId()).toList());
    var servedAt = MealGuard.servedAt(hospital, day, mealPeriod);
    List<PatientId> patientIds =
        served.stream().map(PatientMealRecords.BedsideOrder::patientId).distinct().toList();
    Map<PatientId, Patient> fed = patients.findAll(patientIds);
    Map<PatientId, List<DietOrder>> histories = dietOrders.histories(patientIds);
    List<Tray> trays = new ArrayList<>();
    for (PatientMealRecords.BedsideOrder bed : served) {
      OrderedMeals.OrderedMeal meal = ordered.get(bed.orderId());
      Patient patient = fed.get(bed.patientId());
      MealFor mealFor = bed.mealFor();
      DietAtMeal dietAtMeal =
          DietOrders.dietAt(
              hospital, patient, histories.getOrDefault(patient.id(), List.of()), servedAt);
      String diet =
          mealFor == MealFor.PATIENT
              ? dietAtMeal.summary()
              : mealFor.word() + " of the patient: no diet applies";
      Optional<PatientDiet> texture =
          mealFor == MealFor.PATIENT && dietAtMeal instanceof DietAtMeal.Diet eats
              ? Optional.of(eats.diet())
              : Optional.empty();
      trays.add(
          new Tray(
              bed.orderId(),
              wards.get(meal.locationId()),
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
              meal.dishes().stream().map(OrderedMeals.Dish::portions).toList(),
              meal.stage(),
              Optional.ofNullable(open.get(bed.orderId())),
              chosenAtBedsideBy(meal)));
    }
    trays.sort(
        Comparator.comparing(Tray::ward)
            .thenComparing(Tray::bed, Patients.BED_ORDER)
            .thenComparing(Tray::mealFor));
    return trays;
  }

  private static boolean isServedAt(
      OrderedMeals.OrderedMeal meal, long siteId, LocalDate day, String mealPeriod) {
    return meal.siteId() == siteId
        && meal.isOf(day, mealPeriod)
        && meal.stage() != MealStage.CANCELLED;
  }

  /**
   * The newest published menu of the patient's site for the meal, each dish judged against their
   * diet then.
   */
  public PatientMenu menuFor(PatientId patientId, LocalDate day, String mealPeriod) {
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
                .newest(patient.site(), MenuWeek.containing(day))
                .map(menu -> menu.served(day, mealPeriod, hospital.courses()))
                .orElse(List.of());
    DietRules rules = DietRules.of(hospital);
    return new PatientMenu(
        diet,
        dishes.stream()
            .map(dish -> new PatientMenu.Choice(dish, MealGuard.conflicts(diet, dish, rules)))
            .toList());
  }
}
