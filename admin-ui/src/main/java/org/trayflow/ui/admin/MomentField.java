package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import org.trayflow.tenantconfig.OrderingMoment;
import org.trayflow.ui.ClockPicker;

/** "2 days before, at 18:00": a moment relative to the day a meal is served. */
class MomentField extends CustomField<OrderingMoment> {

  private final IntegerField daysBefore = new IntegerField();
  private final TimePicker at = ClockPicker.of(null);

  MomentField(String label, String id) {
    setLabel(label);
    setId(id);
    daysBefore.setMin(0);
    daysBefore.setStepButtonsVisible(true);
    daysBefore.setWidth("8em");
    daysBefore.setId(id + "-days");
    at.setStep(Duration.ofMinutes(15));
    at.setWidth("7em");
    at.setId(id + "-at");
    HorizontalLayout row =
        new HorizontalLayout(daysBefore, new Span(words("meals.daysBeforeAt")), at);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    add(row);
  }

  @Override
  protected OrderingMoment generateModelValue() {
    return daysBefore.getValue() == null || at.getValue() == null
        ? null
        : new OrderingMoment(daysBefore.getValue(), at.getValue());
  }

  @Override
  protected void setPresentationValue(OrderingMoment moment) {
    daysBefore.setValue(moment == null ? null : moment.daysBefore());
    at.setValue(moment == null ? null : moment.at());
  }
}
