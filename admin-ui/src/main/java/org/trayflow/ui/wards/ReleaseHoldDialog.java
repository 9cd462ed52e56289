package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.trayflow.patients.Patient;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.ui.FailureWords;

/**
 * Ends a nil-by-mouth hold now, saying why: the patient then needs a new diet order before any
 * meal, and the release is kept in their history with the reason, for the ward and the dietitian to
 * see.
 */
class ReleaseHoldDialog extends Dialog {

  ReleaseHoldDialog(Patient patient, Consumer<String> release, Runnable released) {
    setHeaderTitle(getTranslation("hold.release.title", patient.displayName(), patient.bed()));
    setId("release-hold-dialog");
    TextField why = new TextField(getTranslation("action.why"));
    why.setId("release-reason");
    why.setWidthFull();
    Paragraph problem = new Paragraph();
    problem.setId("release-problem");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    add(new Paragraph(getTranslation("hold.release.then")), why, problem);
    Button confirm =
        new Button(
            getTranslation("ward.releaseHold"),
            click -> {
              try {
                release.accept(why.getValue());
                close();
                released.run();
              } catch (ExpectedFailure refused) {
                problem.setText(FailureWords.details(refused));
              }
            });
    confirm.setId("confirm-release");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
  }
}
