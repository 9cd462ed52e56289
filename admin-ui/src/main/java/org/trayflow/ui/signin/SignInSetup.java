package org.trayflow.ui.signin;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.trayflow.identity.CredentialVersions;

/**
 * Puts the access guard in front of every view, ends sessions whose credentials changed, and puts
 * the tenant scope around every UI request.
 */
@ApplicationScoped
class SignInSetup {

  @Inject CredentialVersions versions;

  void install(@Observes ServiceInitEvent event) {
    AccessGuard guard = new AccessGuard();
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
    event.addVaadinRequestInterceptor(new EndedSignIns(versions));
    event.addVaadinRequestInterceptor(new SignedInTenantScope());
    // An ended session reloads the page at once instead of showing Vaadin's own notice: the person
    // lands on the
    // sign-in page, which says what happened, and comes back to this page afterwards
    // (SessionEnded).
    CustomizedSystemMessages messages = new CustomizedSystemMessages();
    messages.setSessionExpiredNotificationEnabled(false);
    event.getSource().setSystemMessagesProvider(info -> messages);
  }
}
