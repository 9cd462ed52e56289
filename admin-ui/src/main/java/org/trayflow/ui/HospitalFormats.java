package org.trayflow.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * How every screen writes times, dates and numbers: as the hospitals Trayflow serves write them, on
 * a 24-hour clock and day before month, whatever the browser's own language. Set once on each UI,
 * so that every time picker, date picker and number field inherits it rather than each choosing its
 * own.
 */
@ApplicationScoped
public final class HospitalFormats {

  /** British English: 17:00, 01/12/2026, 1,234.50. */
  public static final Locale LOCALE = Locale.UK;

  void install(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> init.getUI().setLocale(LOCALE));
  }
}
