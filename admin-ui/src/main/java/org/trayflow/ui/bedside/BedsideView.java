package org.trayflow.ui.bedside;

import static java.util.stream.Collectors.joining;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.trayflow.identity.Role;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.OrderRequest;
import org.trayflow.ordering.Orderer;
import org.trayflow.ordering.OrderingWindow;
import org.trayflow.patients.BedsidePass;
import org.trayflow.patients.BedsidePasses;
import org.trayflow.patients.Patient;
import org.trayflow.patients.PatientMenu;
import org.trayflow.patients.Patients;
import org.trayflow.patients.Wards;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.Language;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.ConflictWords;
import org.trayflow.ui.DishAllergens;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.NutritionLabel;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.Times;
import org.trayflow.ui.TitledScreen;
import org.trayflow.ui.Translations;
import org.trayflow.ui.signin.CurrentUser;

/**
 * A patient (or a relative for them) chooses their own meals at the bedside, on a tablet or their
 * phone, with the sign-in the ward gave them: only the meals open for ordering now, only the dishes
 * safe for them (the same guard as the ward's, which the checkout applies again), with why the rest
 * are not offered. Large targets, one choice at a time, no navigation. The pass is looked at on
 * every visit: once the ward ends it or the patient is discharged, the page opens nothing.
 */
@Route("bedside")
@ScreenTitle("bedside.title")
@PermitAll
@Dependent
public class BedsideView extends Main implements TitledScreen, BeforeEnterObserver {

  /** Codes tried in one browser session before it must wait: a code cannot be guessed. */
  static final int TRIES = 5;

  private static final Duration WAIT = Duration.ofMinutes(5);
  private static final String TRIED = BedsideView.class.getName() + ".tried";

  private final BedsidePasses passes;
  private final Patients patients;
  private final Wards wards;
  private final Checkout checkout;
  private final TenantConfigurations configurations;
  private final Clock clock;
  private final VerticalLayout page = new VerticalLayout();
  private UUID shown = UUID.randomUUID();

  @Inject
  public BedsideView(
      BedsidePasses passes,
      Patients patients,
      Wards wards,
      Checkout checkout,
      TenantConfigurations configurations,
      Clock clock) {
    this.passes = passes;
    this.patients = patients;
    this.wards = wards;
    this.checkout = checkout;
    this.configurations = configurations;
    this.clock = clock;
    setId("main-content");
    page.setMaxWidth("44em");
    page.getStyle().set("margin", "0 auto").set("font-size", "var(--lumo-font-size-l)");
    add(page);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> codes = event.getLocation().getQueryParameters().getParameters().get("code");
    if (codes != null && !codes.isEmpty()) {
      tryCode(codes.get(0));
      reopen(event.getUI()); // and the code does not stay in the address bar
      return;
    }
    show();
  }

  private void show() {
    shown = UUID.randomUUID();
    page.removeAll();
    page.add(new H1(getTranslation("bedside.title")), languages());
    if (CurrentUser.get().isPresent()) {
      page.add(new Paragraph(getTranslation("bedside.staffDevice")));
      return;
    }
    Optional<BedsidePasses.Guest> guest = BedsideSession.current();
    if (guest.isEmpty()) {
      askForCode(Optional.empty());
      return;
    }
    Optional<BedsidePass> pass = passes.stillOpen(guest.get());
    if (pass.isEmpty()) {
      BedsideSession.close();
      askForCode(Optional.of(getTranslation("bedside.ended")));
      return;
    }
    menus(pass.get());
  }

  /**
   * The patient's language, one large button each, named in its own words: chosen here, it stays
   * for this device's visit.
   */
  private HorizontalLayout languages() {
    HorizontalLayout choice = new HorizontalLayout();
    choice.setId("bedside-languages");
    choice.getElement().setAttribute("role", "group");
    choice.getElement().setAttribute("aria-label", getTranslation("nav.language"));
    for (Language language : Language.values()) {
      Button speak =
          new Button(
              Translations.ownName(language),
              click -> {
                BedsideSession.speak(language.code());
                reopen(UI.getCurrent());
              });
      speak.getElement().setAttribute("lang", language.code());
      speak.addClassName("bedside-language");
      boolean current = getLocale().getLanguage().equals(language.code());
      speak.getElement().setAttribute("aria-pressed", String.valueOf(current));
      speak.addThemeVariants(
          current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST,
          ButtonVariant.LUMO_LARGE);
      choice.add(speak);
    }
    return choice;
  }

  private void askForCode(Optional<String> why) {
    why.ifPresent(
        words -> {
          Paragraph ended = new Paragraph(words);
          ended.setId("bedside-ended");
          ended.getStyle().set("font-weight", "600");
          page.add(ended);
        });
    TextField code = new TextField(getTranslation("bedside.code"));
    code.setId("bedside-code-field");
    code.setPlaceholder("ABCD-EFGH");
    code.setWidthFull();
    code.setMaxLength(20);
    code.getStyle().set("font-size", "var(--lumo-font-size-xl)");
    Paragraph problem = new Paragraph();
    problem.setId("bedside-code-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    Button open =
        new Button(
            getTranslation("bedside.open"),
            click -> {
              if (tryCode(code.getValue())) {
                reopen(UI.getCurrent());
              } else {
                problem.setText(refusal());
              }
            });
    open.setId("bedside-open");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    open.setWidthFull();
    open.addClickShortcut(Key.ENTER);
    page.add(new Paragraph(getTranslation("bedside.code.help")), code, open, problem);
  }

  /**
   * Loads the page afresh: its requests from now on are scoped to the pass's hospital, which this
   * one, begun without a pass, is not.
   */
  private static void reopen(UI ui) {
    ui.getPage().setLocation("bedside");
  }

  /** Opens the bedside for a right code; counts wrong ones. */
  private boolean tryCode(String typed) {
    WrappedSession session = VaadinSession.getCurrent().getSession();
    Tries tries = Optional.ofNullable((Tries) session.getAttribute(TRIED)).orElse(Tries.NONE);
    if (tries.waiting(clock.instant())) {
      return false;
    }
    Optional<BedsidePasses.Guest> guest =
        CurrentUser.get().isPresent() ? Optional.empty() : passes.redeem(typed);
    if (guest.isEmpty()) {
      session.setAttribute(TRIED, tries.wrong(clock.instant()));
      return false;
    }
    session.removeAttribute(TRIED);
    BedsideSession.open(guest.get());
    return true;
  }

  private String refusal() {
    WrappedSession session = VaadinSession.getCurrent().getSession();
    Tries tries = Optional.ofNullable((Tries) session.getAttribute(TRIED)).orElse(Tries.NONE);
    return tries.waiting(clock.instant())
        ? getTranslation("bedside.code.tooMany")
        : getTranslation("bedside.code.wrong");
  }

  /** Wrong codes of this session and, after too many, until when it waits. */
  record Tries(int wrong, Instant waitUntil) implements Serializable {
    static final Tries NONE = new Tries(0, Instant.EPOCH);

    boolean waiting(Instant now) {
      return now.isBefore(waitUntil);
    }

    Tries wrong(Instant now) {
      return wrong + 1 >= TRIES ? new Tries(0, now.plus(WAIT)) : new Tries(wrong + 1, waitUntil);
    }
  }

  /** The meals open for ordering now, today's and tomorrow's, each with its safe dishes. */
  private void menus(BedsidePass pass) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    Patient patient = patients.find(pass.patientId());
    Paragraph who =
        new Paragraph(
            getTranslation(
                "bedside.patient",
                patient.givenName() + " " + patient.familyName(),
                patient.bed()));
    who.setId("bedside-patient");
    page.add(who);
    if (!patient.otherAllergies().isEmpty()) {
      Paragraph byHand = new Paragraph(getTranslation("bedside.byHand", patient.otherAllergies()));
      byHand.setId("bedside-by-hand");
      page.add(byHand);
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(hospital.timeZone()));
    Instant now = clock.instant();
    boolean any = false;
    for (LocalDate day : List.of(today, today.plusDays(1))) {
      List<Wards.OwnMeal> ordered = wards.ownMeals(patient.id(), day);
      for (MealPeriod meal : hospital.mealPeriods()) {
        OrderingWindow window = OrderingWindow.of(meal, day, hospital.timeZone());
        Optional<Wards.OwnMeal> already =
            ordered.stream().filter(m -> m.mealPeriod().equals(meal.id().value())).findFirst();
        if (!window.acceptsOrdersAt(now) && already.isEmpty()) {
          continue;
        }
        any = true;
        page.add(meal(hospital, pass, patient, day, meal, window, already));
      }
    }
    if (!any) {
      page.add(new Paragraph(getTranslation("bedside.noMeal")));
    }
  }

  private Div meal(
      TenantConfiguration hospital,
      BedsidePass pass,
      Patient patient,
      LocalDate day,
      MealPeriod meal,
      OrderingWindow window,
      Optional<Wards.OwnMeal> already) {
    Div section = new Div();
    section.addClassName("bedside-meal");
    section.getStyle().set("width", "100%");
    String when =
        (day.equals(LocalDate.now(clock.withZone(hospital.timeZone())))
            ? getTranslation("bedside.today")
            : Times.day().format(day));
    section.add(new H2(meal.name() + ", " + when));
    if (already.isPresent()) {
      Paragraph chosen =
          new Paragraph(
              getTranslation(
                  "bedside.ordered",
                  String.join(", ", already.get().dishes()),
                  getTranslation("stage." + already.get().stage().name())));
      chosen.addClassName("bedside-ordered");
      section.add(chosen);
      return section;
    }
    section.add(
        new Paragraph(
            getTranslation("bedside.until", Times.clock().format(window.closes()))
                + " "
                + Times.zoneSentence(hospital.timeZone())));
    PatientMenu menu = wards.menuFor(patient.id(), day, meal.id().value());
    Set<Long> chosen = new LinkedHashSet<>();
    Div safe = new Div();
    List<PatientMenu.Choice> notOffered = new ArrayList<>();
    for (PatientMenu.Choice choice : menu.dishes()) {
      if (!choice.safe()) {
        notOffered.add(choice);
        continue;
      }
      safe.add(dish(choice, hospital, chosen));
    }
    Paragraph problem = new Paragraph();
    problem.addClassName("bedside-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    Button order =
        new Button(
            getTranslation("bedside.order", meal.name().toLowerCase(Times.locale())),
            click -> place(pass, patient, day, meal, chosen, problem));
    order.addClassName("bedside-order");
    order.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    order.setWidthFull();
    section.add(safe, problem, order);
    if (!notOffered.isEmpty()) {
      Div why = new Div();
      why.addClassName("bedside-not-offered");
      why.add(new Paragraph(getTranslation("bedside.notOffered")));
      for (PatientMenu.Choice choice : notOffered) {
        Paragraph line =
            new Paragraph(
                getTranslation(
                    "bedside.notOffered.dish",
                    choice.dish().name(),
                    choice.conflicts().stream().map(ConflictWords::of).collect(joining("; "))));
        line.addClassName("not-offered-dish");
        line.getStyle().set("margin", "0 0 var(--lumo-space-s)");
        why.add(line);
      }
      section.add(why);
    }
    return section;
  }

  /** One safe dish: a large button that is pressed or not. */
  private Button dish(PatientMenu.Choice choice, TenantConfiguration hospital, Set<Long> chosen) {
    long item = choice.dish().itemId();
    Div words = new Div();
    List<String> said = new ArrayList<>();
    Span name = new Span(choice.dish().name());
    name.getStyle().set("font-weight", "700").set("display", "block");
    words.add(name);
    said.add(choice.dish().name());
    if (!choice.dish().description().isBlank()) {
      Span description = new Span(choice.dish().description());
      description.getStyle().set("display", "block");
      words.add(description);
      said.add(choice.dish().description());
    }
    DishAllergens.of(choice.dish(), hospital.allergenPolicy().scheme())
        .ifPresent(
            allergens -> {
              words.add(allergens);
              said.add(allergens.getText());
            });
    NutritionLabel.headline(choice.dish().nutrition())
        .ifPresent(
            line -> {
              words.add(new Span(line));
              said.add(line);
            });
    // chosen is said in words, not by colour alone (WCAG 1.4.1)
    Span mark = new Span("✓ " + getTranslation("bedside.chosen"));
    mark.addClassName("bedside-chosen-mark");
    mark.getStyle().set("display", "block").set("font-weight", "700");
    mark.setVisible(false);
    words.add(mark);
    Button pick = new Button(words);
    // a button's name is not read from the blocks inside it: it says all of them, in order
    pick.setAriaLabel(String.join(". ", said));
    pick.addClassName("bedside-dish");
    pick.getElement().setAttribute("aria-pressed", "false");
    pick.setWidthFull();
    pick.getStyle()
        .set("height", "auto")
        .set("min-height", "4em")
        .set("padding", "var(--lumo-space-m)")
        .set("margin", "0 0 var(--lumo-space-s)")
        .set("white-space", "normal")
        .set("text-align", "left")
        .set("justify-content", "flex-start");
    pick.addClickListener(
        click -> {
          boolean now = chosen.add(item) || !chosen.remove(item);
          pick.getElement().setAttribute("aria-pressed", String.valueOf(now));
          mark.setVisible(now);
          if (now) {
            pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
          } else {
            pick.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
          }
        });
    return pick;
  }

  private void place(
      BedsidePass pass,
      Patient patient,
      LocalDate day,
      MealPeriod meal,
      Set<Long> chosen,
      Paragraph problem) {
    if (passes.stillOpen(BedsideSession.current().orElseThrow()).isEmpty()) {
      show();
      return;
    }
    if (chosen.isEmpty()) {
      problem.setText(getTranslation("bedside.chooseOne"));
      return;
    }
    try {
      checkout.place(
          // the pass orders for its own patient only: this page names no other, and the
          // checkout applies the patient's diet, allergies and hold as it does for the ward
          new Orderer(pass.ordererName(), Set.of(Role.WARD_STAFF)),
          // one key per showing and choice: a double tap orders once, a new choice is new
          UUID.nameUUIDFromBytes(
                  (shown + "/" + day + "/" + meal.id().value() + "/" + chosen)
                      .getBytes(StandardCharsets.UTF_8))
              .toString(),
          new OrderRequest(
              patient.site(),
              day,
              meal.id().value(),
              patient.ward(),
              chosen.stream().map(item -> new OrderRequest.Line(item, 1)).toList(),
              patient.id().value(),
              "patient"));
      show();
    } catch (ExpectedFailure refused) {
      problem.setText(FailureWords.of(refused));
    } catch (BulkheadException busy) {
      problem.setText(getTranslation("bedside.busy"));
    }
  }
}
