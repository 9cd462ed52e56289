package org.trayflow.ui.signin;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.patients.BedsidePasses;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.ui.bedside.BedsideSession;

/**
 * Scopes every UI request to the signed-in person's tenant, so that views reach only that tenant's
 * data (decision 0005); a bedside opened with a pass, to its patient's hospital. Platform staff and
 * anonymous requests get no tenant: platform services declare themselves {@code @AcrossTenants}.
 */
class SignedInTenantScope implements VaadinRequestInterceptor {

  private static final String ENTERED = SignedInTenantScope.class.getName();

  @Override
  public void requestStart(VaadinRequest request, VaadinResponse response) {
    WrappedSession session = request.getWrappedSession(false);
    Optional<SignedInUser> user = CurrentUser.of(session);
    if (user.isPresent()) {
      user.filter(u -> u.tenantId().isPresent())
          .ifPresent(
              u ->
                  request.setAttribute(
                      ENTERED,
                      TenantScope.enter(
                          u.tenantId().get(), new Slug(u.tenantSlug().orElseThrow()))));
    } else {
      // a bedside opened with a pass: its patient's hospital, and nothing but the bedside page
      BedsideSession.of(session)
          .ifPresent(
              guest ->
                  request.setAttribute(
                      ENTERED, TenantScope.enter(guest.tenantId(), BedsidePasses.slugOf(guest))));
    }
  }

  @Override
  public void handleException(
      VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
    // the scope is left in requestEnd, which follows
  }

  @Override
  public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
    if (request.getAttribute(ENTERED) instanceof TenantScope.Entered entered) {
      entered.close();
      request.removeAttribute(ENTERED);
    }
  }
}
