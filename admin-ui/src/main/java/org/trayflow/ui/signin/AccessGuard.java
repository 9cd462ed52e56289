package org.trayflow.ui.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.ui.bedside.BedsideView;

/**
 * Lets a person into a view only when signed in with one of the view's {@link RolesAllowed} roles.
 * A view without either annotation is closed to everyone, so that a forgotten annotation fails
 * safe.
 */
class AccessGuard implements BeforeEnterListener {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Class<?> view = event.getNavigationTarget();
    if (view == LoginView.class || view == BedsideView.class) {
      return; // the bedside checks its own pass, on every visit
    }
    Optional<SignedInUser> user = CurrentUser.get();
    if (user.isEmpty()) {
      ReturnAfterSignIn.remember(event.getLocation());
      event.forwardTo(LoginView.class);
    } else if (user.get().mustChoosePassword() && view != ChoosePasswordView.class) {
      // a password an administrator saw opens nothing but the page that replaces it
      event.forwardTo(ChoosePasswordView.class);
    } else if (!mayEnter(user.get(), view)) {
      event.rerouteToError(NotAllowed.class, "not allowed");
    }
  }

  static boolean mayEnter(SignedInUser user, Class<?> view) {
    RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
    if (allowed != null) {
      return Arrays.stream(allowed.value())
          .anyMatch(role -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }
    return view.isAnnotationPresent(PermitAll.class);
  }
}
