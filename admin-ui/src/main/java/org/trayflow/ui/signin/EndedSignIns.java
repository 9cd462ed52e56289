package org.trayflow.ui.signin;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.trayflow.identity.CredentialVersions;

/**
 * Ends a browser session on its next request once its person's credentials have changed (roles,
 * deactivation, password reset; decision 0014): the session is invalidated before Vaadin reads it,
 * so the open page is told its session expired and reloads to the sign-in page, and no click on it
 * acts any more.
 */
class EndedSignIns implements VaadinRequestInterceptor {

  private final CredentialVersions versions;

  EndedSignIns(CredentialVersions versions) {
    this.versions = versions;
  }

  @Override
  public void requestStart(VaadinRequest request, VaadinResponse response) {
    SessionEnded.noteIfEnded(request);
    WrappedSession session = request.getWrappedSession(false);
    CurrentUser.of(session)
        .filter(user -> !versions.stillValid(user.username(), user.credentialVersion()))
        .ifPresent(
            ended -> {
              session.invalidate();
              SessionEnded.noteEnded(request);
            });
  }

  @Override
  public void handleException(
      VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
    // nothing was entered
  }

  @Override
  public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
    // nothing to leave
  }
}
