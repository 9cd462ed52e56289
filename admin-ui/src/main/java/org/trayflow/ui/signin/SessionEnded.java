package org.trayflow.ui.signin;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A browser that comes back with a session that no longer exists (it timed out, the person's
 * account changed, or they signed out in another tab) is told so on the sign-in page, and after
 * signing in finds its page and its cart again: the page through {@link ReturnAfterSignIn}, the
 * cart through the ordering view.
 */
public final class SessionEnded {

  private static final String ENDED = SessionEnded.class.getName() + ".ended";
  private static final String CART_TO_RESTORE = SessionEnded.class.getName() + ".cart";

  private SessionEnded() {}

  /**
   * Notes, in the new session, that the browser's last one ended under it (it came back with a dead
   * one).
   */
  static void noteIfEnded(VaadinRequest request) {
    if (request instanceof VaadinServletRequest servlet) {
      HttpServletRequest http = servlet.getHttpServletRequest();
      if (http.getRequestedSessionId() != null && !http.isRequestedSessionIdValid()) {
        noteEnded(request);
      }
    }
  }

  /**
   * Notes, in a new session, that this request's one was just ended (the person's account changed).
   */
  static void noteEnded(VaadinRequest request) {
    request.getWrappedSession(true).setAttribute(ENDED, Boolean.TRUE);
  }

  /**
   * Whether this browser's last session ended under it. Kept until the person signs in again, so
   * that the sign-in page says so however often it is loaded.
   */
  static boolean hadEnded() {
    return VaadinSession.getCurrent().getSession().getAttribute(ENDED) != null;
  }

  /** Signed in again after an ended session: the ordering view brings the cart back. */
  static void signedInAgain() {
    WrappedSession session = VaadinSession.getCurrent().getSession();
    session.removeAttribute(ENDED);
    session.setAttribute(CART_TO_RESTORE, Boolean.TRUE);
  }

  /** Whether the ordering view should bring back the person's kept cart; asked once. */
  public static boolean takeCartToRestore() {
    WrappedSession session = VaadinSession.getCurrent().getSession();
    boolean restore = session.getAttribute(CART_TO_RESTORE) != null;
    session.removeAttribute(CART_TO_RESTORE);
    return restore;
  }
}
