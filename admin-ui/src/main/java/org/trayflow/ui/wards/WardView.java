package org.trayflow.ui.wards;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.Orderer;
import org.trayflow.ordering.OrderingWindow;
import org.trayflow.patients.BedsidePasses;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.DietAtMeal;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.MealFlags;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.MealStage;
import org.trayflow.patients.PatientChange;
import org.trayflow.patients.PatientHistory;
import org.trayflow.patients.WardBed;
import org.trayflow.patients.Wards;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.DayPicker;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.signin.CurrentUser;

/**
 * A ward's patients by bed for one meal, a card per bed: each patient's diet at a glance (holds and
 * missing diet orders in red), what is ordered and how far it has got, meals flagged after a diet
 * change; and ordering for a patient (only what is safe can be chosen), a guest or a carer in a few
 * taps. Refreshed every 30 seconds.
 */
@Route(value = "ward", layout = MainLayout.class)
@ScreenTitle("nav.ward")
@RolesAllowed({"WARD_STAFF", "DIETITIAN"})
@Dependent
public class WardView extends VerticalLayout implements TitledScreen {

  private static final int REFRESH_MILLIS = 30_000;

  private record WardChoice(String site, String ward, String name) {}

  private final Wards wards;
  private final Checkout checkout;
  private final DietOrders dietOrders;
  private final MealFlags flags;
  private final PatientHistory history;
  private final Clock clock;
  private final TenantConfiguration hospital;
  private final SignedInUser user = CurrentUser.get().orElseThrow();
  private final BedsidePasses bedsidePasses;
  private final Select<WardChoice> ward = new Select<>();
  private final DatePicker day = DayPicker.of(getTranslation("ward.day"), "ward-day");
  private final Select<MealPeriod> meal = new Select<>();
  private final Div beds = new Div();
  private final Paragraph orderingState = new Paragraph();

  @Inject
  public WardView(
      Wards wards,
      Checkout checkout,
      DietOrders dietOrders,
      MealFlags flags,
      PatientHistory history,
      Sites sites,
      TenantConfigurations configurations,
      BedsidePasses bedsidePasses,
      Clock clock) {
    this.wards = wards;
    this.bedsidePasses = bedsidePasses;
    this.checkout = checkout;
    this.dietOrders = dietOrders;
    this.flags = flags;
    this.history = history;
    this.clock = clock;
    this.hospital = configurations.configuration().orElseThrow();
    List<WardChoice> choices = new ArrayList<>();
    sites
        .listLocations()
        .forEach(
            (site, locations) ->
                locations.stream()
                    .filter(location -> location.kind().equals("ward"))
                    .forEach(
                        location ->
                            choices.add(new WardChoice(site, location.slug(), location.name()))));
    ward.setLabel(getTranslation("ward.ward"));
    ward.setId("ward-choice");
    ward.setItems(choices);
    ward.setItemLabelGenerator(WardChoice::name);
    meal.setLabel(getTranslation("ward.meal"));
    meal.setId("ward-meal");
    meal.setItems(hospital.mealPeriods());
    meal.setItemLabelGenerator(MealPeriod::name);
    openOnTheNextMealStillOpen();
    orderingState.setId("ordering-state");
    HorizontalLayout choose = new HorizontalLayout(ward, day, meal);
    choose.setAlignItems(FlexComponent.Alignment.BASELINE);
    choose.setWrap(true);
    columns();
    ward.addValueChangeListener(change -> refresh());
    day.addValueChangeListener(change -> refresh());
    meal.addValueChangeListener(change -> refresh());
    add(new H2(getTranslation("ward.title")), choose, orderingState, beds);
    setHeightFull();
    choices.stream().findFirst().ifPresent(ward::setValue);
  }

  private void columns() {
    beds.setId("ward-beds");
    beds.setWidthFull();
    beds.getStyle()
        .set("display", "flex")
        .set("flex-direction", "column")
        .set("gap", "var(--lumo-space-s)");
  }

  /**
   * One bed as a card: the bed, the patient and their diet head it, and what can be done for them
   * sits inside the same card. The parts wrap under each other on a narrow screen but never scroll
   * apart, so that an Order button is never seen without the name it orders for.
   */
  private Div card(WardBed bed) {
    Div card = new Div();
    card.addClassName("bed-card");
    card.getElement()
        .setAttribute("data-bed", bed.patient().bed() == null ? "" : bed.patient().bed());
    card.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
        .set("align-items", "flex-start")
        .set("box-sizing", "border-box");
    Div who = new Div();
    who.addClassName("bed-patient");
    who.getStyle().set("flex", "0 1 14em").set("min-width", "10em");
    Span place = new Span(getTranslation("ward.bed", bed.patient().bed()));
    place.addClassName("bed-number");
    place.getStyle().set("font-weight", "700").set("display", "block");
    Span name = new Span(bed.patient().displayName());
    name.addClassName("bed-name");
    name.getStyle().set("font-weight", "600");
    Span mrn = new Span(" " + bed.patient().mrn());
    mrn.getStyle()
        .set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    who.add(place, name, mrn);
    Div diet = diet(bed);
    diet.getStyle().set("flex", "3 1 18em").set("min-width", "0");
    Div meal = mealAtBed(bed);
    meal.getStyle().set("flex", "2 1 12em").set("min-width", "0");
    HorizontalLayout actions = actions(bed);
    actions.setWrap(true);
    actions.getStyle().set("flex", "1 1 auto");
    card.add(who, diet, meal, actions);
    return card;
  }

  private Div diet(WardBed bed) {
    Div diet = new Div();
    diet.addClassName("bed-diet");
    Span summary = new Span(DietWords.of(bed.diet(), hospital.timeZone()));
    if (!(bed.diet() instanceof DietAtMeal.Diet)) {
      summary.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    }
    diet.add(summary);
    if (bed.diet() instanceof DietAtMeal.NilByMouth hold) {
      diet.add(holdAtBed(bed, hold));
    }
    bed.toLookAt().forEach(change -> diet.add(toLookAt(bed, change)));
    Scheme scheme = hospital.allergenPolicy().scheme();
    if (!bed.patient().allergies().isEmpty()) {
      Div allergies =
          new Div(
              new Span(
                  getTranslation(
                      "ward.allergies",
                      String.join(", ", AllergiesDialog.names(bed.patient(), scheme)))));
      allergies.addClassName("bed-allergies");
      allergies
          .getStyle()
          .set("color", "var(--lumo-error-text-color)")
          .set("font-size", "var(--lumo-font-size-s)");
      diet.add(allergies);
    }
    if (!bed.patient().otherAllergies().isEmpty()) {
      diet.add(UncheckedAllergy.of(bed.patient()));
    }
    if (bed.diet() instanceof DietAtMeal.Diet) {
      diet.add(new DayIntake(bed.day()));
    }
    return diet;
  }

  /** How long the hold has left, and a release that asks why (a release loosens the diet). */
  private Div holdAtBed(WardBed bed, DietAtMeal.NilByMouth hold) {
    Div held = new Div();
    held.addClassName("bed-hold");
    hold.hold()
        .end()
        .ifPresent(
            end -> {
              Duration left = Duration.between(clock.instant(), end);
              if (!left.isNegative()) {
                Span remaining =
                    new Span(
                        getTranslation("ward.holdLeft", left.toHours(), left.toMinutesPart())
                            + " ");
                remaining.addClassName("hold-left");
                held.add(remaining);
              }
            });
    Button release =
        new Button(
            getTranslation("ward.releaseHold"),
            click ->
                new ReleaseHoldDialog(
                        bed.patient(),
                        why ->
                            dietOrders.release(
                                bed.patient().id(),
                                null,
                                ChangeSource.personConfirmingLoosening(user.username(), why)),
                        this::refresh)
                    .open());
    release.addThemeVariants(ButtonVariant.LUMO_SMALL);
    release.addClassName("release-hold");
    held.add(release);
    return held;
  }

  /**
   * A change that loosened the patient's diet, shown until someone caring for them says they looked
   * at it.
   */
  private Div toLookAt(WardBed bed, PatientChange change) {
    Div look = new Div();
    look.addClassName("change-to-look-at");
    look.getStyle()
        .set("border-left", "4px solid var(--lumo-error-color)")
        .set("padding-left", "0.5em")
        .set("margin", "0.25em 0");
    Span what =
        new Span(getTranslation("ward.loosened", change.loosens().orElseThrow(), change.source()));
    what.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    Button seen =
        new Button(
            getTranslation("ward.seen"),
            click ->
                act(
                    () ->
                        history.markSeen(
                            bed.patient().id(), change.id(), user.username(), clock.instant()),
                    getTranslation("ward.seen.done")));
    seen.addThemeVariants(ButtonVariant.LUMO_SMALL);
    seen.addClassName("change-seen");
    look.add(what, seen);
    return look;
  }

  private Div mealAtBed(WardBed bed) {
    Div meals = new Div();
    meals.addClassName("bed-meals");
    bed.meals().stream()
        .filter(m -> m.stage() != MealStage.CANCELLED)
        .forEach(
            m -> {
              Div line =
                  new Div(
                      new Span(
                          (m.mealFor() == MealFor.PATIENT
                                  ? ""
                                  : getTranslation("mealFor." + m.mealFor().word()) + ": ")
                              + String.join(", ", m.dishes())
                              + " · "
                              + getTranslation("stage." + m.stage().name())
                              + m.chosenAtBedsideBy()
                                  .map(
                                      holder ->
                                          " · " + getTranslation("ward.chosenAtBedside", holder))
                                  .orElse("")));
              if (m.flag() != null) {
                line.add(flag(m));
              }
              meals.add(line);
            });
    if (meals.getComponentCount() == 0) {
      meals.add(new Span(getTranslation("ward.notOrdered")));
    }
    return meals;
  }

  private Div flag(WardBed.BedsideMeal meal) {
    Div flag = new Div();
    flag.addClassName("meal-flag");
    flag.getStyle()
        .set("border-left", "4px solid var(--lumo-error-color)")
        .set("padding-left", "0.5em")
        .set("margin", "0.25em 0");
    Span why =
        new Span(
            getTranslation(
                "ward.flag",
                meal.flag().reason(),
                meal.flag().stillSafe()
                    ? getTranslation("ward.flag.stillSafe")
                    : getTranslation("ward.flag.notSafe", meal.flag().conflicts())));
    why.getStyle().set("color", "var(--lumo-error-text-color)");
    flag.add(why);
    if (meal.flag().stillSafe()) {
      Button checked =
          new Button(
              getTranslation("ward.flag.checked"),
              click ->
                  act(
                      () -> flags.markChecked(meal.flag().id(), user.username(), clock.instant()),
                      getTranslation("ward.flag.checked.done")));
      checked.addThemeVariants(ButtonVariant.LUMO_SMALL);
      flag.add(checked);
    }
    Button cancel =
        new Button(
            getTranslation("ward.flag.cancel"),
            click ->
                act(
                    () -> checkout.cancelPatientMeal(Orderer.of(user), meal.orderId()),
                    getTranslation("ward.flag.cancel.done")));
    cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    cancel.addClassName("cancel-flagged");
    flag.add(cancel);
    return flag;
  }

  private HorizontalLayout actions(WardBed bed) {
    Button order =
        new Button(
            getTranslation("ward.order"),
            click ->
                new PatientMealDialog(wards, checkout, bedside(bed, MealFor.PATIENT), this::refresh)
                    .open());
    order.addClassName("order-for-patient");
    // the checkout refuses these anyway; the button says so before anyone tries
    order.setEnabled(bed.patientsMeal().isEmpty() && bed.diet() instanceof DietAtMeal.Diet);
    order.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    Button guest =
        new Button(
            getTranslation("ward.guest"),
            click ->
                new PatientMealDialog(wards, checkout, bedside(bed, MealFor.GUEST), this::refresh)
                    .open());
    guest.addThemeVariants(ButtonVariant.LUMO_SMALL);
    guest.addClassName("order-for-guest");
    Button carer =
        new Button(
            getTranslation("ward.carer"),
            click ->
                new PatientMealDialog(wards, checkout, bedside(bed, MealFor.CARER), this::refresh)
                    .open());
    carer.addThemeVariants(ButtonVariant.LUMO_SMALL);
    carer.addClassName("order-for-carer");
    Button diet =
        new Button(
            getTranslation("ward.dietOrder"),
            click ->
                new DietOrderDialog(
                        dietOrders,
                        bed.patient(),
                        dietOrders.inForceNow(bed.patient().id()),
                        hospital.timeZone(),
                        user.username(),
                        this::refresh)
                    .open());
    diet.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    diet.addClassName("enter-diet-order");
    Button allergies =
        new Button(
            getTranslation("ward.allergiesButton"),
            click ->
                new AllergiesDialog(
                        dietOrders,
                        bed.patient(),
                        hospital.allergenPolicy().scheme(),
                        user.username(),
                        this::refresh)
                    .open());
    allergies.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    allergies.addClassName("enter-allergies");
    Button changes =
        new Button(
            getTranslation("ward.history"),
            click -> new PatientHistoryDialog(history, bed.patient(), hospital.timeZone()).open());
    changes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    changes.addClassName("patient-history");
    Button passes =
        new Button(
            getTranslation("ward.bedsideSignIn"),
            click -> new BedsidePassDialog(bedsidePasses, bed.patient(), user.username()).open());
    passes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    passes.addClassName("bedside-passes");
    HorizontalLayout actions =
        new HorizontalLayout(order, guest, carer, diet, allergies, changes, passes);
    actions.setSpacing(false);
    actions.getStyle().set("gap", "0.25em");
    return actions;
  }

  private BedsideOrder bedside(WardBed bed, MealFor mealFor) {
    return new BedsideOrder(
        hospital,
        Orderer.of(user),
        bed.patient(),
        ward.getValue().site(),
        ward.getValue().ward(),
        day.getValue(),
        meal.getValue(),
        mealFor,
        mealFor == MealFor.PATIENT && lateTrayNow());
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Notification.show(done, 4000, Notification.Position.TOP_CENTER);
    } catch (ExpectedFailure refused) {
      Notification.show(FailureWords.of(refused), 6000, Notification.Position.TOP_CENTER);
    }
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().setPollInterval(REFRESH_MILLIS);
    attach.getUI().addPollListener(poll -> refresh());
  }

  /**
   * Today's or tomorrow's first meal whose ordering has not closed yet; the ward orders ahead, not
   * behind.
   */
  private void openOnTheNextMealStillOpen() {
    LocalDate today = LocalDate.now(clock.withZone(hospital.timeZone()));
    Instant now = clock.instant();
    for (LocalDate candidate : List.of(today, today.plusDays(1))) {
      for (MealPeriod period : hospital.mealPeriods()) {
        if (now.isBefore(
            OrderingWindow.of(period, candidate, hospital.timeZone()).closes().toInstant())) {
          day.setValue(candidate);
          meal.setValue(period);
          return;
        }
      }
    }
    day.setValue(today);
    hospital.mealPeriods().stream().findFirst().ifPresent(meal::setValue);
  }

  /**
   * Whether the chosen meal's ordering has closed but a patient's late tray can still be ordered.
   */
  private boolean lateTrayNow() {
    return OrderingWindow.of(meal.getValue(), day.getValue(), hospital.timeZone())
        .acceptsLateTraysAt(clock.instant(), hospital.patients().lateTrayMinutes());
  }

  /** Whether the chosen meal can be ordered for now, said before anyone chooses a dish. */
  private void showOrderingState() {
    OrderingWindow window = OrderingWindow.of(meal.getValue(), day.getValue(), hospital.timeZone());
    Instant now = clock.instant();
    String meal =
        getTranslation(
            "ward.state.mealOn", this.meal.getValue().name(), Times.day().format(day.getValue()));
    if (window.acceptsOrdersAt(now)) {
      orderingState.setText(
          getTranslation("ward.state.open", meal, Times.clock().format(window.closes())));
      orderingState.getStyle().remove("color");
    } else if (lateTrayNow()) {
      orderingState.setText(
          getTranslation(
              "ward.state.lateTray",
              meal,
              Times.clock().format(window.closes()),
              Times.clock().format(window.lateTraysUntil(hospital.patients().lateTrayMinutes()))));
      orderingState
          .getStyle()
          .set("color", "var(--lumo-warning-text-color, #8a5300)")
          .set("font-weight", "600");
    } else {
      orderingState.setText(
          now.isBefore(window.opens().toInstant())
              ? getTranslation("ward.state.notYet", meal, Times.dayTime().format(window.opens()))
              : getTranslation("ward.state.closed", meal, Times.dayTime().format(window.closes())));
      orderingState
          .getStyle()
          .set("color", "var(--lumo-error-text-color)")
          .set("font-weight", "600");
    }
    orderingState.setText(orderingState.getText() + " " + Times.zoneSentence(hospital.timeZone()));
  }

  private void refresh() {
    beds.removeAll();
    if (ward.getValue() == null || day.getValue() == null || meal.getValue() == null) {
      return;
    }
    showOrderingState();
    List<WardBed> board =
        wards.board(
            ward.getValue().site(),
            ward.getValue().ward(),
            day.getValue(),
            meal.getValue().id().value());
    board.forEach(bed -> beds.add(card(bed)));
    if (board.isEmpty()) {
      beds.add(new Paragraph(getTranslation("ward.noPatients")));
    }
  }
}
