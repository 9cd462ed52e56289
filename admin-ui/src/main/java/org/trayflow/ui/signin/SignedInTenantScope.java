package org.trayflow.ui.signin;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;

/**
 * Scopes every UI request to the signed-in person's tenant, so that views reach only that tenant's
 * data (decision 0005). Platform staff and anonymous requests get no tenant: platform services
 * declare themselves {@code @AcrossTenants}.
 */
class SignedInTenantScope implements VaadinRequestInterceptor {

  private static final String ENTERED = SignedInTenantScope.class.getName();

  @Override
  public void requestStart(VaadinRequest request, VaadinResponse response) {
    CurrentUser.of(request.getWrappedSession(false))
        .filter(user -> user.tenantId().isPresent())
        .ifPresent(
            user ->
                request.setAttribute(
                    ENTERED,
                    TenantScope.enter(
                        user.tenantId().get(), new Slug(user.tenantSlug().orElseThrow()))));
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
