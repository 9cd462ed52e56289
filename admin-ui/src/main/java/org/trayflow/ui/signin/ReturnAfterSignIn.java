package org.trayflow.ui.signin;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;

/**
 * The page a person asked for before they were signed in (a link in an e-mail, a bookmark on the
 * ward terminal), kept in their session so that signing in takes them there and not to the start
 * page. Only a page of Trayflow's own that the person's roles open is returned to: never an address
 * from elsewhere, never a refusal. Signing in through the hospital's identity provider leaves
 * Trayflow and comes back: the page travels with the round trip ({@link #RETURN}) and is remembered
 * again on return, checked as the first time.
 */
public final class ReturnAfterSignIn {

  private static final String ATTRIBUTE = ReturnAfterSignIn.class.getName();

  private ReturnAfterSignIn() {}

  /**
   * The query parameter by which the page asked for goes to the hospital's identity provider and
   * back.
   */
  static final String RETURN = "return";

  static void remember(Location asked) {
    String path = asked.getPathWithQueryParameters();
    if (ownPage(path)) {
      VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, path);
    }
  }

  /** Back from the hospital's identity provider with the page it was asked to return to. */
  static void rememberIn(HttpSession session, String path) {
    if (path != null && ownPage(path)) {
      session.setAttribute(ATTRIBUTE, path);
    }
  }

  /** The page remembered, still kept, for the trip through the hospital's identity provider. */
  static Optional<String> remembered() {
    return Optional.ofNullable(VaadinSession.getCurrent().getSession().getAttribute(ATTRIBUTE))
        .map(String.class::cast);
  }

  /**
   * A path within Trayflow: relative, without a second slash or a backslash that could lead
   * elsewhere.
   */
  private static boolean ownPage(String path) {
    return !path.isEmpty()
        && !path.startsWith("/")
        && !path.contains("//")
        && !path.contains("\\")
        && !path.contains(":");
  }

  /** The remembered page, if this person may open it; it is forgotten either way. */
  public static Optional<String> takeFor(SignedInUser user) {
    var session = VaadinSession.getCurrent().getSession();
    Object remembered = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    if (!(remembered instanceof String path)) {
      return Optional.empty();
    }
    String route = new Location(path).getPath();
    return RouteConfiguration.forApplicationScope()
        .getRoute(route)
        .filter(view -> AccessGuard.mayEnter(user, view))
        .map(view -> path);
  }
}
