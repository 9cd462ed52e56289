package org.trayflow.ui.wards;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
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
import org.trayflow.patients.NutritionTargets;
import org.trayflow.patients.Patient;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.TherapeuticDiet;
import org.trayflow.ui.DietNames;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.IddsiWords;
import org.trayflow.ui.MomentPicker;
import org.trayflow.ui.Times;

/**
 * A diet order amended by hand (when the record cannot send it): the dialog opens with the order in
 * force, shows each change as before → after while it is made, and records it under the signed-in
 * person's name. A change that loosens the diet (a higher texture level, thinner drinks, a diet
 * dropped, a hold ended) is refused until the person has read what loosens and given a reason;
 * meals already ordered are re-checked.
 */
class DietOrderDialog extends Dialog {

  private final Checkbox nilByMouth = new Checkbox(getTranslation("dietOrder.npo"));
  private final MultiSelectComboBox<TherapeuticDiet> diets =
      new MultiSelectComboBox<>(getTranslation("dietOrder.diets"));
  private final Select<Integer> food = new Select<>();
  private final Select<Integer> drink = new Select<>();
  private final TextField needs =
      new TextField(getTranslation("dietOrder.needs"), getTranslation("dietOrder.needs.example"));
  private final TextField supplements = new TextField(getTranslation("dietOrder.supplements"));
  private final BigDecimalField energyTarget =
      new BigDecimalField(getTranslation("dietOrder.energyTarget"));
  private final BigDecimalField proteinTarget =
      new BigDecimalField(getTranslation("dietOrder.proteinTarget"));
  private final TextField holdReason =
      new TextField(
          getTranslation("dietOrder.holdReason"), getTranslation("dietOrder.holdReason.example"));
  private final MomentPicker holdUntil =
      new MomentPicker(getTranslation("dietOrder.holdUntil"), "diet-hold-until");
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
    setHeaderTitle(getTranslation("dietOrder.title", patient.displayName(), patient.bed()));
    setId("diet-order-dialog");
    fields();
    inForce.ifPresent(this::show);
    problem.setId("diet-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    Paragraph now =
        new Paragraph(
            inForce
                .map(order -> getTranslation("dietOrder.inForce", described(order)))
                .orElse(getTranslation("dietOrder.noneInForce")));
    now.setId("diet-in-force");
    changes.setId("diet-changes");
    add(
        now,
        new FormLayout(
            nilByMouth,
            holdReason,
            holdUntil,
            diets,
            food,
            drink,
            needs,
            supplements,
            energyTarget,
            proteinTarget),
        changes,
        problem,
        confirm);
    nilByMouth.addValueChangeListener(change -> amended());
    diets.addValueChangeListener(change -> amended());
    food.addValueChangeListener(change -> amended());
    drink.addValueChangeListener(change -> amended());
    needs.addValueChangeListener(change -> amended());
    supplements.addValueChangeListener(change -> amended());
    energyTarget.addValueChangeListener(change -> amended());
    proteinTarget.addValueChangeListener(change -> amended());
    holdReason.addValueChangeListener(change -> amended());
    holdUntil.addValueChangeListener(change -> amended());
    Button record =
        new Button(
            getTranslation("dietOrder.record"),
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
                    refused -> problem.setText(FailureWords.details(refused)));
              } catch (ExpectedFailure refused) {
                problem.setText(FailureWords.details(refused));
              }
            });
    record.setId("record-diet-order");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.close"), click -> close()), record);
  }

  private void fields() {
    nilByMouth.setId("diet-npo");
    diets.setId("diet-diets");
    diets.setItems(TherapeuticDiet.values());
    diets.setItemLabelGenerator(DietNames::of);
    food.setLabel(getTranslation("dietOrder.food"));
    food.setId("diet-food");
    food.setItems(List.of(7, 6, 5, 4, 3));
    food.setItemLabelGenerator(IddsiWords::food);
    food.setValue(Iddsi.REGULAR_FOOD);
    drink.setLabel(getTranslation("dietOrder.drinks"));
    drink.setId("diet-drink");
    drink.setItems(List.of(0, 1, 2, 3, 4));
    drink.setItemLabelGenerator(IddsiWords::drink);
    drink.setValue(Iddsi.THIN_DRINK);
    needs.setId("diet-needs");
    supplements.setId("diet-supplements");
    energyTarget.setId("diet-energy-target");
    proteinTarget.setId("diet-protein-target");
    // the changes are shown while typed, not only once the field is left
    needs.setValueChangeMode(ValueChangeMode.LAZY);
    supplements.setValueChangeMode(ValueChangeMode.LAZY);
    holdReason.setId("diet-hold-reason");
    nilByMouth.addValueChangeListener(change -> holding(change.getValue()));
    holding(false);
  }

  /** A hold asks why and until when; a diet asks for diets and textures. */
  private void holding(boolean npo) {
    diets.setEnabled(!npo);
    food.setEnabled(!npo);
    drink.setEnabled(!npo);
    energyTarget.setVisible(!npo);
    proteinTarget.setVisible(!npo);
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
    energyTarget.setValue(order.targets().energyKcal());
    proteinTarget.setValue(order.targets().proteinG());
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
            null,
            new NutritionTargets(energyTarget.getValue(), proteinTarget.getValue()));
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
      lines.add(change("dietOrder.change.npo", yesNo(before.npo()), yesNo(nilByMouth.getValue())));
    }
    if (!nilByMouth.getValue()) {
      if (!before.diets().equals(diets.getValue())) {
        lines.add(
            change(
                "dietOrder.change.diets", dietWords(before.diets()), dietWords(diets.getValue())));
      }
      if (before.foodLevel() != null && !before.foodLevel().equals(food.getValue())) {
        lines.add(
            change(
                "dietOrder.change.food",
                IddsiWords.food(before.foodLevel()),
                IddsiWords.food(food.getValue())));
      }
      if (before.drinkLevel() != null && !before.drinkLevel().equals(drink.getValue())) {
        lines.add(
            change(
                "dietOrder.change.drinks",
                IddsiWords.drink(before.drinkLevel()),
                IddsiWords.drink(drink.getValue())));
      }
    }
    if (!String.join(", ", new TreeSet<>(before.culturalNeeds()))
        .equals(needs.getValue().strip())) {
      lines.add(
          change(
              "dietOrder.change.needs",
              before.culturalNeeds().isEmpty()
                  ? words("dietOrder.none")
                  : String.join(", ", before.culturalNeeds()),
              needs.getValue().isBlank() ? words("dietOrder.none") : needs.getValue().strip()));
    }
    if (!before.supplements().equals(supplements.getValue().strip())) {
      lines.add(
          change(
              "dietOrder.change.supplements",
              before.supplements().isEmpty() ? words("dietOrder.none") : before.supplements(),
              supplements.getValue().isBlank()
                  ? words("dietOrder.none")
                  : supplements.getValue().strip()));
    }
    target(
        "dietOrder.change.energy",
        before.targets().energyKcal(),
        energyTarget.getValue(),
        "kcal",
        lines);
    target(
        "dietOrder.change.protein",
        before.targets().proteinG(),
        proteinTarget.getValue(),
        "g",
        lines);
    lines.forEach(
        line -> {
          Div change = new Div(line);
          change.addClassName("diet-change");
          changes.add(change);
        });
  }

  private static void target(
      String key, BigDecimal before, BigDecimal after, String unit, List<String> lines) {
    boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
    if (!same) {
      lines.add(
          change(
              key,
              before == null ? words("dietOrder.none") : amount(before, unit),
              after == null ? words("dietOrder.none") : amount(after, unit)));
    }
  }

  /** "Drinks: IDDSI 0 thin → IDDSI 2 mildly thick". */
  private static String change(String key, String before, String after) {
    return words(key) + ": " + before + " → " + after;
  }

  /** As the dietitian typed it, exactly, with the reader's decimal separator. */
  private static String amount(BigDecimal value, String unit) {
    char separator = DecimalFormatSymbols.getInstance(Times.locale()).getDecimalSeparator();
    return value.toPlainString().replace('.', separator) + " " + unit;
  }

  private static String described(DietOrder order) {
    if (order.npo()) {
      return words("diet.nilByMouth");
    }
    return dietWords(order.diets())
        + ", "
        + IddsiWords.food(order.foodLevel())
        + ", "
        + IddsiWords.drink(order.drinkLevel())
        + (order.culturalNeeds().isEmpty()
            ? ""
            : ", " + String.join(", ", new TreeSet<>(order.culturalNeeds())))
        + aims(order.targets());
  }

  /** ", aiming at 1800 kcal and 50 g protein a day", or nothing when the order sets no target. */
  private static String aims(NutritionTargets targets) {
    List<String> aims = new ArrayList<>();
    Optional.ofNullable(targets.energyKcal()).ifPresent(k -> aims.add(amount(k, "kcal")));
    Optional.ofNullable(targets.proteinG())
        .ifPresent(g -> aims.add(words("dietOrder.protein", amount(g, "g"))));
    return aims.isEmpty()
        ? ""
        : words("dietOrder.aims", String.join(" " + words("dietOrder.and") + " ", aims));
  }

  private static String dietWords(Set<TherapeuticDiet> diets) {
    return diets.isEmpty() ? words("dietOrder.none") : String.join(", ", DietWords.names(diets));
  }

  private static String yesNo(boolean value) {
    return words(value ? "dietOrder.yes" : "dietOrder.no");
  }
}
