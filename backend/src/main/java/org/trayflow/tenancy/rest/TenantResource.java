package org.trayflow.tenancy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantNotFound;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

@Path("/v1/tenants")
@RequestScoped
@RolesAllowed({"PLATFORM_ADMIN", "OPS"})
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

  @Inject TenantDirectory directory;

  @GET
  @Path("/{slug}")
  @Operation(summary = "A tenant with its sites (platform staff; hospitals use /v1/t/{tenant}/...)")
  @APIResponse(responseCode = "200", description = "The tenant")
  @APIResponse(responseCode = "400", description = "The slug is malformed")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public TenantSummary tenant(
      @PathParam("slug") @Pattern(regexp = Slug.PATTERN) @Size(max = Slug.MAX_LENGTH) String slug) {
    return directory.findTenant(new Slug(slug)).orElseThrow(() -> new TenantNotFound(slug));
  }
}
