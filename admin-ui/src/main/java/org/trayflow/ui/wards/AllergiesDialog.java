package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.Allergies;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.LooseningNotConfirmed;
import org.trayflow.patients.Patient;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.AllergenPolicy.Scheme;
import org.trayflow.ui.AllergenNames;
import org.trayflow.ui.FailureWords;

/**
 * A patient's allergies entered or changed on the ward: the allergens dishes declare, in the
 * hospital's names (those its law requires first), and anything else as text, which Trayflow shows
 * everywhere but cannot check. The whole list is recorded under the signed-in person's name;
 * removing an allergy loosens the diet and asks why.
 */
class AllergiesDialog extends Dialog {

  private final CheckboxGroup<Allergen> coded =
      new CheckboxGroup<>(getTranslation("allergiesDialog.coded"));
  private final TextField other = new TextField(getTranslation("allergiesDialog.other"));
  private final LooseningQuestion confirm = new LooseningQuestion();
  private final Paragraph problem = new Paragraph();

  AllergiesDialog(
      DietOrders dietOrders, Patient patient, Scheme scheme, String enteredBy, Runnable recorded) {
    setHeaderTitle(getTranslation("allergiesDialog.title", patient.displayName(), patient.bed()));
    setId("allergies-dialog");
    setMaxWidth("40em");
    coded.setId("allergy-coded");
    coded.setItems(
        Arrays.stream(Allergen.values())
            .sorted(
                Comparator.comparing((Allergen a) -> !a.declaredUnder(scheme))
                    .thenComparing(a -> a.nameIn(scheme)))
            .toList());
    coded.setItemLabelGenerator(allergen -> AllergenNames.of(allergen, scheme));
    coded.setValue(patient.allergies());
    other.setId("allergy-other");
    other.setWidthFull();
    other.setMaxLength(500);
    other.setHelperText(getTranslation("allergiesDialog.other.help"));
    other.setValue(patient.otherAllergies());
    problem.setId("allergy-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    add(coded, other, problem, confirm);
    Button record =
        new Button(
            getTranslation("allergiesDialog.record"),
            click -> {
              problem.setText("");
              Allergies allergies = new Allergies(coded.getValue(), other.getValue());
              Runnable done =
                  () -> {
                    close();
                    recorded.run();
                  };
              try {
                dietOrders.declareAllergies(
                    patient.id(), allergies, ChangeSource.person(enteredBy));
                done.run();
              } catch (LooseningNotConfirmed loosens) {
                confirm.ask(
                    loosens,
                    why ->
                        dietOrders.declareAllergies(
                            patient.id(),
                            allergies,
                            ChangeSource.personConfirmingLoosening(enteredBy, why)),
                    done,
                    this::show);
              } catch (ExpectedFailure refused) {
                show(refused);
              }
            });
    record.setId("record-allergies");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.close"), click -> close()), record);
  }

  private void show(ExpectedFailure refused) {
    problem.setText(FailureWords.details(refused));
  }

  static List<String> names(Patient patient, Scheme scheme) {
    return patient.allergies().stream().map(a -> AllergenNames.of(a, scheme)).sorted().toList();
  }
}
