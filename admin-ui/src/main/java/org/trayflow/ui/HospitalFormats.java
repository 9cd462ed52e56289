package org.trayflow.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.trayflow.platform.HospitalLocale;

/**
 * Every screen writes times, dates and numbers in {@link HospitalLocale}, whatever the browser's
 * own language. Set once on each UI, so that every time picker, date picker and number field
 * inherits it rather than each choosing its own.
 */
@ApplicationScoped
public final class HospitalFormats {

  void install(@Observes ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> init.getUI().setLocale(HospitalLocale.FORMATS));
  }
}
