package org.trayflow.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import org.trayflow.platform.HospitalLocale;

/**
 * A time-of-day field on the 24-hour clock every Trayflow screen writes (13:30), as hospitals keep
 * time, in the United States too. The browser words a picker's time by its locale's country, so the
 * picker is given the reader's language with the British formats, which write 24 hours.
 */
public final class ClockPicker {

  private ClockPicker() {}

  /**
   * @param label none for a picker inside a field that has its own
   */
  public static TimePicker of(String label) {
    TimePicker picker = new TimePicker(label);
    picker.setLocale(
        HospitalLocale.forPerson(Times.locale().getLanguage(), HospitalLocale.FORMATS));
    return picker;
  }
}
