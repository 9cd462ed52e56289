package org.trayflow.ui.signin;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;

/** The signed-in person of this browser session. */
public final class CurrentUser {

  static final String ATTRIBUTE = SignedInUser.class.getName();

  private CurrentUser() {}

  public static Optional<SignedInUser> get() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null ? Optional.empty() : of(session.getSession());
  }

  static Optional<SignedInUser> of(WrappedSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedInUser) session.getAttribute(ATTRIBUTE));
  }

  /** The signed-in person chose another language: their next pages are written in it. */
  public static void nowSpeaks(String language) {
    get().ifPresent(user -> set(user.speaking(language)));
  }

  static void set(SignedInUser user) {
    VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, user);
  }
}
