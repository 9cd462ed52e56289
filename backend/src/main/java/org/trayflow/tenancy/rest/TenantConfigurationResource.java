package org.trayflow.tenancy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.tenancy.CurrentConfiguration;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantNotFound;

/** The caller's tenant configuration file: export it, import a new version (docs/tenant-configuration.md). */
@Path("/v1/t/{tenant}/configuration")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
public class TenantConfigurationResource {

  static final String YAML = "application/yaml";

  @Inject TenantConfigurations configurations;

  @GET
  @Produces(YAML)
  @Operation(summary = "The configuration in force, as a file")
  @APIResponse(responseCode = "200", description = "The YAML file")
  @APIResponse(responseCode = "404", description = "No such tenant, or not the caller's")
  public String export(@PathParam("tenant") String tenant) {
    return configurations.current().map(CurrentConfiguration::document).orElseThrow(() -> new TenantNotFound(tenant));
  }

  @PUT
  @Consumes({YAML, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check a configuration file and make it the next version; the same file twice changes nothing")
  @APIResponse(responseCode = "200", description = "The version in force and what changed")
  @APIResponse(responseCode = "422", description = "Every problem of the file, with its field; nothing was stored")
  public ImportOutcome importFile(@PathParam("tenant") String tenant, String yaml, @Context SecurityContext caller) {
    return configurations.importFile(yaml, caller.getUserPrincipal().getName());
  }
}
