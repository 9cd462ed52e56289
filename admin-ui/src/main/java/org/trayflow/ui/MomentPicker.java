package org.trayflow.ui;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A day and a time of day, each as Trayflow writes it: the day as the reader's country does
 * (MM/DD/YYYY in the United States), the time on the 24-hour clock. Vaadin's date-time picker takes
 * one locale for both, so that an American reader would get a 12-hour time.
 */
public class MomentPicker extends CustomField<LocalDateTime> {

  private final DatePicker day;
  private final TimePicker time = ClockPicker.of(null);

  public MomentPicker(String label, String id) {
    setLabel(label);
    setId(id);
    day = DayPicker.of(null, id + "-day");
    day.setAriaLabel(words("moment.day"));
    time.setId(id + "-time");
    time.setAriaLabel(words("moment.time"));
    time.setStep(Duration.ofMinutes(15));
    time.setWidth("7em");
    HorizontalLayout row = new HorizontalLayout(day, time);
    row.setSpacing(true);
    add(row);
  }

  @Override
  protected LocalDateTime generateModelValue() {
    return day.getValue() == null || time.getValue() == null
        ? null
        : day.getValue().atTime(time.getValue());
  }

  @Override
  protected void setPresentationValue(LocalDateTime moment) {
    day.setValue(moment == null ? null : moment.toLocalDate());
    time.setValue(moment == null ? null : moment.toLocalTime());
  }
}
