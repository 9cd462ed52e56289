package org.trayflow.tenancy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.tenancy.PlatformTenantImport;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

/**
 * Platform administrators' view of every tenant: list them, register or update one from its file.
 */
@Path("/v1/platform/tenants")
@RequestScoped
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformTenantsResource {

  @Inject TenantDirectory directory;
  @Inject PlatformTenantImport tenantImport;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every tenant with its sites")
  public List<TenantSummary> tenants() {
    return directory.listTenants();
  }

  @GET
  @Path("/{slug}/configuration")
  @Produces(TenantConfigurationResource.YAML)
  @Operation(summary = "A tenant's configuration file")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public String export(
      @PathParam("slug") @Pattern(regexp = Slug.PATTERN) @Size(max = Slug.MAX_LENGTH) String slug) {
    return tenantImport.exportTenant(new Slug(slug));
  }

  @PUT
  @Path("/{slug}/configuration")
  @Consumes({TenantConfigurationResource.YAML, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a tenant from its file, or make the file its next configuration version")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(
      responseCode = "200",
      description = "Updated, or unchanged when the file was already in force")
  @APIResponse(
      responseCode = "422",
      description = "Every problem of the file, with its field; nothing was stored")
  public Response importFile(
      @PathParam("slug") @Pattern(regexp = Slug.PATTERN) @Size(max = Slug.MAX_LENGTH) String slug,
      String yaml,
      @Context SecurityContext caller) {
    PlatformTenantImport.Outcome outcome =
        tenantImport.importTenant(new Slug(slug), yaml, caller.getUserPrincipal().getName());
    return Response.status(outcome.registered() ? Response.Status.CREATED : Response.Status.OK)
        .entity(outcome.imported())
        .build();
  }
}
