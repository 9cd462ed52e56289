package org.trayflow.ui.signin;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;

/**
 * The page a person asked for before they were signed in (a link in an e-mail, a bookmark on the ward terminal),
 * kept in their session so that signing in takes them there and not to the start page. Only a page of Trayflow's
 * own that the person's roles open is returned to: never an address from elsewhere, never a refusal.
 */
final class ReturnAfterSignIn {

  private static final String ATTRIBUTE = ReturnAfterSignIn.class.getName();

  private ReturnAfterSignIn() {}

  static void remember(Location asked) {
    String path = asked.getPathWithQueryParameters();
    if (!path.isEmpty() && !path.startsWith("/") && !path.contains("//") && !path.contains("\\")) {
      VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, path);
    }
  }

  /** The remembered page, if this person may open it; it is forgotten either way. */
  static Optional<String> takeFor(SignedInUser user) {
    var session = VaadinSession.getCurrent().getSession();
    Object remembered = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    if (!(remembered instanceof String path)) {
      return Optional.empty();
    }
    String route = new Location(path).getPath();
    return RouteConfiguration.forApplicationScope().getRoute(route)
        .filter(view -> AccessGuard.mayEnter(user, view))
        .map(view -> path);
  }
}
