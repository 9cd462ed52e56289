package org.trayflow.ui.wards;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.trayflow.patients.LooseningNotConfirmed;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.ui.FailureWords;

/**
 * Where a ward dialog asks, after a change was refused because it loosens the patient's diet, what
 * loosens and why it is meant; the change is recorded with the reason only once it is given. One
 * question for every such change, so that a nurse meets the same words for a texture raised and an
 * allergy removed.
 */
final class LooseningQuestion extends Div {

  LooseningQuestion() {
    setId("diet-loosening");
  }

  /**
   * @param recordWithReason records the change again, now with the reason
   * @param recorded after it was recorded
   * @param refused when recording it was refused again (an empty reason, say)
   */
  void ask(
      LooseningNotConfirmed loosens,
      Consumer<String> recordWithReason,
      Runnable recorded,
      Consumer<ExpectedFailure> refused) {
    removeAll();
    getStyle()
        .set("border-left", "4px solid var(--lumo-error-color)")
        .set("padding-left", "0.75em");
    Paragraph what =
        new Paragraph(
            getTranslation("loosening.what", FailureWords.say(loosens.loosens().items())));
    what.setId("diet-loosens");
    what.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    TextField why = new TextField(getTranslation("action.why"));
    why.setId("diet-loosen-reason");
    why.setWidthFull();
    Button loosen =
        new Button(
            getTranslation("loosening.confirm"),
            click -> {
              try {
                recordWithReason.accept(why.getValue());
                recorded.run();
              } catch (ExpectedFailure again) {
                refused.accept(again);
              }
            });
    loosen.setId("confirm-loosening");
    loosen.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    add(what, why, loosen);
  }
}
