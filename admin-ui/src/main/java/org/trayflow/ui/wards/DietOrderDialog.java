package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.DietOrder;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.Iddsi;
import org.trayflow.patients.LooseningNotConfirmed;
import org.trayflow.patients.NewDietOrder;
import org.trayflow.patients.Patient;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A diet order amended by hand (when the record cannot send it): the dialog opens with the order in
 * force, shows each change as before → after while it is made, and records it under the signed-in
 * person's name. A change that loosens the diet (a higher texture level, thinner drinks, a diet
 * dropped, a hold ended) is refused until the person has read what loosens and given a reason;
 * meals already ordered are re-checked.
 */
class DietOrderDialog extends Dialog {

  private final Checkbox nilByMouth = new Checkbox("Nil by mouth (hold every meal)");
  private final MultiSelectComboBox<TherapeuticDiet> diets = new MultiSelectComboBox<>("Diets");
  private final Select<Integer> food = new Select<>();
  private final Select<Integer> drink = new Select<>();
  private final TextField needs =
      new TextField("Cultural or religious needs", "halal, kosher, vegetarian…");
  private final TextField supplements = new TextField("Supplements");
  private final TextField holdReason =
      new TextField("Why nil by mouth", "theatre, a procedure, a swallow assessment…");
  private final DateTimePicker holdUntil = new DateTimePicker("Hold until (optional)");
  private final Div changes = new Div();
  private final LooseningQuestion confirm = new LooseningQuestion();
  private final Paragraph problem = new Paragraph();
  private final Optional<DietOrder> inForce;

  private final ZoneId zone;

  DietOrderDialog(
      DietOrders dietOrders,
      Patient patient,
      Optional<DietOrder> inForce,
      ZoneId zone,
      String enteredBy,
      Runnable recorded) {
    this.inForce = inForce;
    this.zone = zone;
    setHeaderTitle("Diet order for " + patient.displayName() + ", bed " + patient.bed());
    setId("diet-order-dialog");
    fields();
    inForce.ifPresent(this::show);
    problem.setId("diet-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    Paragraph now =
        new Paragraph(
            inForce
                .map(order -> "In force now: " + words(order))
                .orElse("No diet order in force now."));
    now.setId("diet-in-force");
    changes.setId("diet-changes");
    add(
        now,
        new FormLayout(nilByMouth, holdReason, holdUntil, diets, food, drink, needs, supplements),
        changes,
        problem,
        confirm);
    nilByMouth.addValueChangeListener(change -> amended());
    diets.addValueChangeListener(change -> amended());
    food.addValueChangeListener(change -> amended());
    drink.addValueChangeListener(change -> amended());
    needs.addValueChangeListener(change -> amended());
    supplements.addValueChangeListener(change -> amended());
    holdReason.addValueChangeListener(change -> amended());
    holdUntil.addValueChangeListener(change -> amended());
    Button record =
        new Button(
            "Record",
            click -> {
              problem.setText("");
              try {
                dietOrders.order(patient.id(), order(), ChangeSource.person(enteredBy));
                close();
                recorded.run();
              } catch (LooseningNotConfirmed loosens) {
                confirm.ask(
                    loosens,
                    why ->
                        dietOrders.order(
                            patient.id(),
                            order(),
                            ChangeSource.personConfirmingLoosening(enteredBy, why)),
                    () -> {
                      close();
                      recorded.run();
                    },
                    refused -> problem.setText(said(refused)));
              } catch (ExpectedFailure refused) {
                problem.setText(said(refused));
              }
            });
    record.setId("record-diet-order");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Close", click -> close()), record);
  }

  private void fields() {
    nilByMouth.setId("diet-npo");
    diets.setId("diet-diets");
    diets.setItems(TherapeuticDiet.values());
    diets.setItemLabelGenerator(TherapeuticDiet::word);
    food.setLabel("Food texture");
    food.setId("diet-food");
    food.setItems(List.of(7, 6, 5, 4, 3));
    food.setItemLabelGenerator(Iddsi::food);
    food.setValue(Iddsi.REGULAR_FOOD);
    drink.setLabel("Drinks");
    drink.setId("diet-drink");
    drink.setItems(List.of(0, 1, 2, 3, 4));
    drink.setItemLabelGenerator(Iddsi::drink);
    drink.setValue(Iddsi.THIN_DRINK);
    needs.setId("diet-needs");
    supplements.setId("diet-supplements");
    // the changes are shown while typed, not only once the field is left
    needs.setValueChangeMode(ValueChangeMode.LAZY);
    supplements.setValueChangeMode(ValueChangeMode.LAZY);
    holdReason.setId("diet-hold-reason");
    holdUntil.setId("diet-hold-until");
    holdUntil.setLocale(HospitalLocale.FORMATS);
    holdUntil.setStep(Duration.ofMinutes(15));
    nilByMouth.addValueChangeListener(change -> holding(change.getValue()));
    holding(false);
  }

  /** A hold asks why and until when; a diet asks for diets and textures. */
  private void holding(boolean npo) {
    diets.setEnabled(!npo);
    food.setEnabled(!npo);
    drink.setEnabled(!npo);
    holdReason.setVisible(npo);
    holdUntil.setVisible(npo);
  }

  /** The order in force, as the starting point of the amendment. */
  private void show(DietOrder order) {
    nilByMouth.setValue(order.npo());
    diets.setValue(order.diets());
    Optional.ofNullable(order.foodLevel()).ifPresent(food::setValue);
    Optional.ofNullable(order.drinkLevel()).ifPresent(drink::setValue);
    needs.setValue(String.join(", ", new TreeSet<>(order.culturalNeeds())));
    supplements.setValue(order.supplements());
    holdReason.setValue(order.holdReason());
    order.end().ifPresent(end -> holdUntil.setValue(LocalDateTime.ofInstant(end, zone)));
  }

  private NewDietOrder order() {
    Set<String> wanted =
        Arrays.stream(needs.getValue().split(","))
            .map(String::strip)
            .filter(need -> !need.isEmpty())
            .map(need -> need.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    Instant until =
        holdUntil.getValue() == null ? null : holdUntil.getValue().atZone(zone).toInstant();
    return nilByMouth.getValue()
        ? NewDietOrder.nilByMouth(null, until, holdReason.getValue(), "MANUAL", null)
        : new NewDietOrder(
            false,
            diets.getValue(),
            food.getValue(),
            drink.getValue(),
            wanted,
            supplements.getValue(),
            null,
            null,
            "MANUAL",
            null,
            null);
  }

  /**
   * Any field changed: the changes shown again, and a confirmation given for other values no longer
   * holds.
   */
  private void amended() {
    showChanges();
    confirm.removeAll();
  }

  /**
   * Before → after for each part changed, so that nothing changes that the person did not mean to
   * change.
   */
  private void showChanges() {
    changes.removeAll();
    if (inForce.isEmpty()) {
      return;
    }
    DietOrder before = inForce.get();
    List<String> lines = new ArrayList<>();
    if (before.npo() != nilByMouth.getValue()) {
      lines.add("Nil by mouth: " + yesNo(before.npo()) + " → " + yesNo(nilByMouth.getValue()));
    }
    if (!nilByMouth.getValue()) {
      if (!before.diets().equals(diets.getValue())) {
        lines.add("Diets: " + dietWords(before.diets()) + " → " + dietWords(diets.getValue()));
      }
      if (before.foodLevel() != null && !before.foodLevel().equals(food.getValue())) {
        lines.add(
            "Food texture: "
                + Iddsi.food(before.foodLevel())
                + " → "
                + Iddsi.food(food.getValue()));
      }
      if (before.drinkLevel() != null && !before.drinkLevel().equals(drink.getValue())) {
        lines.add(
            "Drinks: " + Iddsi.drink(before.drinkLevel()) + " → " + Iddsi.drink(drink.getValue()));
      }
    }
    if (!String.join(", ", new TreeSet<>(before.culturalNeeds()))
        .equals(needs.getValue().strip())) {
      lines.add(
          "Needs: "
              + (before.culturalNeeds().isEmpty()
                  ? "none"
                  : String.join(", ", before.culturalNeeds()))
              + " → "
              + (needs.getValue().isBlank() ? "none" : needs.getValue().strip()));
    }
    if (!before.supplements().equals(supplements.getValue().strip())) {
      lines.add(
          "Supplements: "
              + (before.supplements().isEmpty() ? "none" : before.supplements())
              + " → "
              + (supplements.getValue().isBlank() ? "none" : supplements.getValue().strip()));
    }
    lines.forEach(
        line -> {
          Div change = new Div(line);
          change.addClassName("diet-change");
          changes.add(change);
        });
  }

  private static String said(ExpectedFailure refused) {
    return refused.details().isEmpty()
        ? refused.getMessage()
        : refused.details().stream()
            .map(d -> d.field() + ": " + d.reason())
            .collect(Collectors.joining("; "));
  }

  private static String words(DietOrder order) {
    if (order.npo()) {
      return "nil by mouth";
    }
    return dietWords(order.diets())
        + ", "
        + Iddsi.food(order.foodLevel())
        + ", "
        + Iddsi.drink(order.drinkLevel())
        + (order.culturalNeeds().isEmpty()
            ? ""
            : ", " + String.join(", ", new TreeSet<>(order.culturalNeeds())));
  }

  private static String dietWords(Set<TherapeuticDiet> diets) {
    return diets.isEmpty()
        ? "none"
        : diets.stream().map(TherapeuticDiet::word).sorted().collect(Collectors.joining(", "));
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
