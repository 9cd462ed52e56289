package org.trayflow.ui.bedside;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.patients.BedsidePasses;
import org.trayflow.platform.HospitalLocale;

/**
 * The bedside pass this browser session was opened with, if any; never a person's sign-in. The
 * patient reads it in the language their record names, else their hospital's, until they choose
 * another on the page.
 */
public final class BedsideSession {

  private static final String ATTRIBUTE = BedsidePasses.Guest.class.getName();
  private static final String LANGUAGE = BedsideSession.class.getName() + ".language";

  private BedsideSession() {}

  public static Optional<BedsidePasses.Guest> of(WrappedSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((BedsidePasses.Guest) session.getAttribute(ATTRIBUTE));
  }

  /**
   * What the bedside is written in: the language chosen there, else the one the pass opens in, with
   * the hospital's formats; before a code is given, the chosen language alone.
   */
  public static Optional<Locale> locale() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session == null) {
      return Optional.empty();
    }
    Optional<String> chosen =
        Optional.ofNullable((String) session.getSession().getAttribute(LANGUAGE));
    Optional<BedsidePasses.Guest> guest = of(session.getSession());
    return guest.isPresent()
        ? Optional.of(
            HospitalLocale.forPerson(
                chosen.orElse(guest.get().opensIn()), guest.get().hospitalLocale()))
        : chosen.map(language -> HospitalLocale.forPerson(language, HospitalLocale.FORMATS));
  }

  static Optional<BedsidePasses.Guest> current() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? Optional.empty() : of(session.getSession());
  }

  static void open(BedsidePasses.Guest guest) {
    VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, guest);
  }

  static void speak(String language) {
    VaadinSession.getCurrent().getSession().setAttribute(LANGUAGE, language);
  }

  static void close() {
    VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
  }
}
