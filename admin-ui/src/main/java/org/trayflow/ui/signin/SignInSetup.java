package org.trayflow.ui.signin;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.trayflow.identity.CredentialVersions;

/**
 * Puts the access guard in front of every view, ends sessions whose credentials changed, and puts the tenant scope
 * around every UI request.
 */
@ApplicationScoped
class SignInSetup {

  @Inject CredentialVersions versions;

  void install(@Observes ServiceInitEvent event) {
    AccessGuard guard = new AccessGuard();
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
    event.addVaadinRequestInterceptor(new EndedSignIns(versions));
    event.addVaadinRequestInterceptor(new SignedInTenantScope());
  }
}
