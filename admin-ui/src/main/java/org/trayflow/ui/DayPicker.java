package org.trayflow.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.trayflow.platform.HospitalLocale;

/**
 * The day field of Trayflow's views: dates as a British hospital writes them (dd/MM/yyyy), and a
 * calendar that opens from its button only, since on a phone it would otherwise cover the page at
 * every tap into the field.
 */
public final class DayPicker {

  private DayPicker() {}

  public static DatePicker of(String label, String id) {
    DatePicker day = new DatePicker(label);
    day.setId(id);
    day.setLocale(HospitalLocale.FORMATS);
    day.setAutoOpen(false);
    return day;
  }
}
