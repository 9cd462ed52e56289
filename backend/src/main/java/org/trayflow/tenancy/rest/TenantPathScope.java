package org.trayflow.tenancy.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.trayflow.platform.tenant.TenantClaims;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.TenantNotFound;
import org.trayflow.tenantconfig.Slug;

/**
 * For paths under {@code /v1/t/{tenant}}: the tenant comes from the signed-in person's token, never
 * from the path. A path naming another tenant is answered 404, exactly like a tenant that does not
 * exist; otherwise the request runs in the token's tenant scope (decision 0005). Runs before the
 * role checks, so that another tenant's path is 404 whatever the endpoint's roles.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 10)
public class TenantPathScope implements ContainerRequestFilter, ContainerResponseFilter {

  static final String TENANT_PARAMETER = "tenant";
  private static final String ENTERED = TenantPathScope.class.getName();

  @Override
  public void filter(ContainerRequestContext request) {
    String pathTenant = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAMETER);
    if (pathTenant == null || request.getSecurityContext().getUserPrincipal() == null) {
      return; // no tenant in the path, or no one signed in: the role checks answer 401
    }
    Optional<JsonWebToken> token = tokenOf(request.getSecurityContext().getUserPrincipal());
    Optional<Long> tenantId =
        token
            .map(t -> t.<Object>getClaim(TenantClaims.TENANT_ID))
            .filter(Number.class::isInstance)
            .map(id -> ((Number) id).longValue());
    boolean sameTenant =
        token
            .map(t -> pathTenant.equals(t.<Object>getClaim(TenantClaims.TENANT) + ""))
            .orElse(false);
    if (tenantId.isEmpty() || !sameTenant) {
      throw new TenantNotFound(pathTenant);
    }
    request.setProperty(ENTERED, TenantScope.enter(tenantId.get(), new Slug(pathTenant)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(ENTERED) instanceof TenantScope.Entered entered) {
      entered.close();
      request.removeProperty(ENTERED);
    }
  }

  private static Optional<JsonWebToken> tokenOf(Principal principal) {
    return principal instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
  }
}
