package org.trayflow.patients;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trayflow.menus.Allergen;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.PatientCare;

/**
 * What a patient's diet orders allow at one moment (a meal's service): a diet to choose from, a
 * nil-by-mouth hold, or nothing to go on. The diet order in force is the newest one started by
 * then; if it has ended by then, no older one comes back — an ended hold or a discontinued diet
 * needs a new diet order.
 */
public sealed interface DietAtMeal {

  /** A word for lists and the API: {@code diet}, {@code nil-by-mouth}, {@code no-diet-order}. */
  String state();

  /** For people: what the ward sees next to the bed. */
  String summary();

  /**
   * @param order the diet order, empty when it is the hospital's house diet
   */
  record Diet(PatientDiet diet, Optional<DietOrder> order) implements DietAtMeal {
    public String state() {
      return "diet";
    }

    public String summary() {
      return order.isEmpty() ? "house diet: " + diet.summary() : diet.summary();
    }
  }

  /**
   * @param until when the hold is planned to end, for people; empty when open-ended
   */
  record NilByMouth(DietOrder hold, String until) implements DietAtMeal {
    public String state() {
      return "nil-by-mouth";
    }

    public String summary() {
      return "nil by mouth"
          + (hold.holdReason().isEmpty() ? "" : " (" + hold.holdReason() + ")")
          + (until.isEmpty() ? "" : " until " + until);
    }
  }

  /**
   * @param why e.g. "the nil-by-mouth hold ended at …; a new diet order is needed"
   */
  record AwaitingDietOrder(String why) implements DietAtMeal {
    public String state() {
      return "no-diet-order";
    }

    public String summary() {
      return why;
    }
  }

  /**
   * @param orders the patient's diet orders, in any order
   * @param allergies the patient's declared allergies; @param otherAllergies the rest, as text
   */
  static DietAtMeal at(
      Instant moment,
      List<DietOrder> orders,
      Set<Allergen> allergies,
      String otherAllergies,
      PatientCare care,
      ZoneId zone) {
    Optional<DietOrder> newest =
        orders.stream()
            .filter(order -> !order.startsAt().isAfter(moment))
            .max(Comparator.comparing(DietOrder::startsAt).thenComparing(DietOrder::id));
    if (newest.isEmpty()) {
      if (orders.isEmpty() && care.houseDiet().isPresent()) {
        PatientCare.HouseDiet house = care.houseDiet().get();
        return new Diet(
            new PatientDiet(
                Set.copyOf(house.diets()),
                house.foodLevel(),
                house.drinkLevel(),
                allergies,
                Set.of(),
                otherAllergies),
            Optional.empty());
      }
      return new AwaitingDietOrder(
          orders.isEmpty()
              ? "no diet order yet"
              : "no diet order in force yet (the first starts "
                  + when(
                      orders.stream()
                          .map(DietOrder::startsAt)
                          .min(Comparator.naturalOrder())
                          .orElseThrow(),
                      zone)
                  + ")");
    }
    DietOrder order = newest.get();
    Optional<Instant> end = order.end().filter(e -> !moment.isBefore(e));
    if (end.isPresent()) {
      return new AwaitingDietOrder(
          (order.npo() ? "the nil-by-mouth hold" : "the diet order")
              + " ended "
              + when(end.get(), zone)
              + "; a new diet order is needed");
    }
    if (order.npo()) {
      return new NilByMouth(order, order.end().map(e -> when(e, zone)).orElse(""));
    }
    return new Diet(
        new PatientDiet(
            order.diets(),
            order.foodLevel(),
            order.drinkLevel(),
            allergies,
            order.culturalNeeds(),
            otherAllergies),
        Optional.of(order));
  }

  private static String when(Instant moment, ZoneId zone) {
    return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", HospitalLocale.FORMATS)
        .format(moment.atZone(zone));
  }
}
