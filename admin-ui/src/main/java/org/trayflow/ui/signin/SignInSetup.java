package org.trayflow.ui.signin;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Puts the access guard in front of every view and the tenant scope around every UI request. */
@ApplicationScoped
class SignInSetup {

  void install(@Observes ServiceInitEvent event) {
    AccessGuard guard = new AccessGuard();
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
    event.addVaadinRequestInterceptor(new SignedInTenantScope());
  }
}
