package org.trayflow.ui.wards;

import static java.util.stream.Collectors.joining;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.OrderRequest;
import org.trayflow.patients.MealFor;
import org.trayflow.patients.Patient;
import org.trayflow.patients.PatientMenu;
import org.trayflow.patients.Wards;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.ui.ConflictWords;
import org.trayflow.ui.DishAllergens;
import org.trayflow.ui.FailureWords;

/**
 * Ordering one meal at a bed: for the patient, every dish of the menu with those their diet
 * excludes greyed out and why (the checkout refuses them anyway); for a guest or carer, the whole
 * menu. One tap per dish, one to order.
 */
class PatientMealDialog extends Dialog {

  private final Map<Long, Checkbox> chosen = new LinkedHashMap<>();

  /**
   * For a patient with an allergy Trayflow cannot check: per dish, the orderer's word that they
   * checked it.
   */
  private final Map<Long, Checkbox> checkedByHand = new LinkedHashMap<>();

  private final Paragraph problem = new Paragraph();
  private final TextField lateTrayReason =
      new TextField(
          getTranslation("patientMeal.lateWhy"), getTranslation("patientMeal.lateWhy.placeholder"));

  /** One key per dialog: a double tap or a retry places the order once. */
  private final String idempotencyKey = UUID.randomUUID().toString();

  PatientMealDialog(Wards wards, Checkout checkout, BedsideOrder bedside, Runnable ordered) {
    Patient patient = bedside.patient();
    MealPeriod meal = bedside.meal();
    MealFor mealFor = bedside.mealFor();
    setHeaderTitle(
        mealFor == MealFor.PATIENT
            ? getTranslation(
                "patientMeal.title.patient", meal.name(), patient.displayName(), patient.bed())
            : getTranslation(
                "patientMeal.title.other",
                meal.name(),
                getTranslation("mealFor." + mealFor.word()),
                patient.displayName(),
                patient.bed()));
    setId("patient-meal-dialog");
    PatientMenu menu = wards.menuFor(patient.id(), bedside.day(), meal.id().value());
    VerticalLayout dishes = new VerticalLayout();
    dishes.setPadding(false);
    dishes.setSpacing(false);
    Scheme scheme = bedside.hospital().allergenPolicy().scheme();
    boolean byHand = mealFor == MealFor.PATIENT && !patient.otherAllergies().isEmpty();
    if (mealFor == MealFor.PATIENT) {
      Paragraph diet =
          new Paragraph(
              getTranslation(
                  "patientMeal.diet", DietWords.of(menu.diet(), bedside.hospital().timeZone())));
      diet.addClassName("dialog-diet");
      dishes.add(diet);
      Paragraph allergies =
          new Paragraph(
              getTranslation(
                  "ward.allergies",
                  patient.allergies().isEmpty()
                      ? getTranslation("patientMeal.noAllergies")
                      : String.join(", ", AllergiesDialog.names(patient, scheme))));
      allergies.addClassName("dialog-allergies");
      allergies
          .getStyle()
          .set("color", patient.allergies().isEmpty() ? "inherit" : "var(--lumo-error-text-color)");
      dishes.add(allergies);
      if (byHand) {
        dishes.add(UncheckedAllergy.of(patient));
      }
    }
    if (menu.dishes().isEmpty()) {
      dishes.add(new Paragraph(getTranslation("patientMeal.noMenu")));
    }
    for (PatientMenu.Choice choice : menu.dishes()) {
      dishes.add(
          row(
              choice,
              mealFor,
              scheme,
              byHand ? Optional.of(patient.otherAllergies()) : Optional.empty()));
    }
    if (bedside.lateTray()) {
      Paragraph late = new Paragraph(getTranslation("patientMeal.lateTray"));
      late.getStyle().set("font-weight", "600");
      lateTrayReason.setId("late-tray-reason");
      lateTrayReason.setWidthFull();
      lateTrayReason.setMaxLength(300);
      dishes.add(late, lateTrayReason);
    }
    problem.setId("patient-meal-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    add(dishes, problem);
    Button order =
        new Button(getTranslation("ward.order"), click -> place(checkout, bedside, ordered));
    order.setId("place-patient-meal");
    order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.close"), click -> close()), order);
  }

  /**
   * One dish: chosen with one tap where it is safe, greyed with why where it is not, and where the
   * patient has an allergy Trayflow cannot check, chosen only once the orderer has ticked that they
   * checked it.
   */
  private Div row(
      PatientMenu.Choice choice, MealFor mealFor, Scheme scheme, Optional<String> toCheckByHand) {
    boolean allowed = mealFor != MealFor.PATIENT || choice.safe();
    Checkbox pick = new Checkbox(choice.dish().name());
    pick.setEnabled(allowed);
    pick.addClassName(allowed ? "safe-dish" : "excluded-dish");
    Div row = new Div(pick);
    DishAllergens.of(choice.dish(), scheme).ifPresent(row::add);
    if (!allowed) {
      Span why =
          new Span(choice.conflicts().stream().map(ConflictWords::of).collect(joining("; ")));
      why.addClassName("excluded-reason");
      why.getStyle()
          .set("color", "var(--lumo-secondary-text-color)")
          .set("font-size", "var(--lumo-font-size-s)")
          .set("margin-left", "2.2em")
          .set("display", "block");
      // the disabled checkbox says it cannot be chosen; the reason stays readable (WCAG 1.4.3)
      row.add(why);
      return row;
    }
    chosen.put(choice.dish().itemId(), pick);
    toCheckByHand.ifPresent(
        allergy -> {
          Checkbox checked = new Checkbox(getTranslation("patientMeal.checkedByHand", allergy));
          checked.addClassName("checked-by-hand");
          checked.getStyle().set("margin-left", "2.2em").set("display", "block");
          pick.setEnabled(false);
          checked.addValueChangeListener(
              change -> {
                pick.setEnabled(change.getValue());
                if (!change.getValue()) {
                  pick.setValue(false);
                }
              });
          row.add(checked);
          checkedByHand.put(choice.dish().itemId(), checked);
        });
    return row;
  }

  private void place(Checkout checkout, BedsideOrder bedside, Runnable ordered) {
    List<OrderRequest.Line> lines =
        chosen.entrySet().stream()
            .filter(e -> e.getValue().getValue())
            .map(
                e ->
                    new OrderRequest.Line(
                        e.getKey(),
                        1,
                        Optional.ofNullable(checkedByHand.get(e.getKey()))
                            .map(Checkbox::getValue)
                            .orElse(null)))
            .toList();
    if (lines.isEmpty()) {
      problem.setText(getTranslation("patientMeal.chooseOne"));
      return;
    }
    if (bedside.lateTray() && lateTrayReason.getValue().isBlank()) {
      problem.setText(getTranslation("patientMeal.sayWhyLate"));
      return;
    }
    try {
      checkout.place(
          bedside.orderer(),
          idempotencyKey,
          new OrderRequest(
              bedside.site(),
              bedside.day(),
              bedside.meal().id().value(),
              bedside.ward(),
              lines,
              bedside.patient().id().value(),
              bedside.mealFor().word(),
              bedside.lateTray() ? lateTrayReason.getValue() : null));
      close();
      ordered.run();
      Notification.show(
          bedside.mealFor() == MealFor.PATIENT
              ? getTranslation(
                  "patientMeal.ordered.patient",
                  bedside.meal().name(),
                  bedside.patient().displayName(),
                  bedside.patient().bed())
              : getTranslation(
                  "patientMeal.ordered.other",
                  bedside.meal().name(),
                  getTranslation("mealFor." + bedside.mealFor().word()),
                  bedside.patient().displayName(),
                  bedside.patient().bed()),
          5000,
          Notification.Position.TOP_CENTER);
    } catch (ExpectedFailure refused) {
      problem.setText(
          FailureWords.of(refused)
              + (refused.details().isEmpty()
                  ? ""
                  : " "
                      + String.join(
                          "; ",
                          refused.details().stream()
                              .map(ExpectedFailure.Detail::reason)
                              .toList())));
    } catch (BulkheadException busy) {
      problem.setText(getTranslation("order.busy"));
    }
  }
}
