package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.Iddsi;
import org.trayflow.patients.NewDietOrder;
import org.trayflow.patients.Patient;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.TherapeuticDiet;

/**
 * A diet order entered by hand (when the record cannot send it): diets, IDDSI levels, needs and supplements, or a
 * nil-by-mouth hold. Recorded and audited under the signed-in person's name; meals already ordered are re-checked.
 */
class DietOrderDialog extends Dialog {

  DietOrderDialog(DietOrders dietOrders, Patient patient, String enteredBy, Runnable recorded) {
    setHeaderTitle("Diet order for " + patient.displayName() + ", bed " + patient.bed());
    setId("diet-order-dialog");
    Checkbox nilByMouth = new Checkbox("Nil by mouth (hold every meal)");
    nilByMouth.setId("diet-npo");
    MultiSelectComboBox<TherapeuticDiet> diets = new MultiSelectComboBox<>("Diets");
    diets.setId("diet-diets");
    diets.setItems(TherapeuticDiet.values());
    diets.setItemLabelGenerator(TherapeuticDiet::word);
    Select<Integer> food = new Select<>();
    food.setLabel("Food texture");
    food.setId("diet-food");
    food.setItems(List.of(7, 6, 5, 4, 3));
    food.setItemLabelGenerator(Iddsi::food);
    food.setValue(Iddsi.REGULAR_FOOD);
    Select<Integer> drink = new Select<>();
    drink.setLabel("Drinks");
    drink.setId("diet-drink");
    drink.setItems(List.of(0, 1, 2, 3, 4));
    drink.setItemLabelGenerator(Iddsi::drink);
    drink.setValue(Iddsi.THIN_DRINK);
    TextField needs = new TextField("Cultural or religious needs", "halal, kosher, vegetarian…");
    needs.setId("diet-needs");
    TextField supplements = new TextField("Supplements");
    Paragraph problem = new Paragraph();
    problem.setId("diet-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    nilByMouth.addValueChangeListener(change -> {
      diets.setEnabled(!change.getValue());
      food.setEnabled(!change.getValue());
      drink.setEnabled(!change.getValue());
    });
    FormLayout form = new FormLayout(nilByMouth, diets, food, drink, needs, supplements);
    add(form, problem);
    Button record = new Button("Record", click -> {
      Set<String> wanted = Arrays.stream(needs.getValue().split(",")).map(String::strip)
          .filter(need -> !need.isEmpty()).map(need -> need.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      NewDietOrder order = nilByMouth.getValue() ? NewDietOrder.nilByMouth(null, null, "MANUAL", null)
          : new NewDietOrder(false, diets.getValue(), food.getValue(), drink.getValue(), wanted,
              supplements.getValue(), null, null, "MANUAL", null);
      try {
        dietOrders.order(patient.id(), order, ChangeSource.person(enteredBy));
        close();
        recorded.run();
      } catch (ExpectedFailure refused) {
        problem.setText(refused.details().isEmpty() ? refused.getMessage()
            : refused.details().stream().map(d -> d.field() + ": " + d.reason()).collect(Collectors.joining("; ")));
      }
    });
    record.setId("record-diet-order");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Close", click -> close()), record);
  }
}
