package org.trayflow.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The day field of Trayflow's views: dates as the reader's locale writes them (dd/MM/yyyy in
 * Britain and France, MM/DD/YYYY in the United States), and a calendar that opens from its button
 * only, since on a phone it would otherwise cover the page at every tap into the field.
 */
public final class DayPicker {

  private DayPicker() {}

  public static DatePicker of(String label, String id) {
    DatePicker day = new DatePicker(label);
    day.setId(id);
    day.setLocale(Times.locale());
    day.setAutoOpen(false);
    return day;
  }
}
