package org.trayflow.tenancy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.tenancy.ConfigurationChange;
import org.trayflow.tenancy.ConfigurationPreview;
import org.trayflow.tenancy.CurrentConfiguration;
import org.trayflow.tenancy.DiffLine;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenancy.TenantNotFound;

/**
 * The caller's tenant configuration file: export it, import a new version
 * (docs/tenant-configuration.md).
 */
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
    return configurations
        .current()
        .map(CurrentConfiguration::document)
        .orElseThrow(() -> new TenantNotFound(tenant));
  }

  @PUT
  @Consumes({YAML, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Check a configuration file and make it the next version; the same file twice changes nothing")
  @APIResponse(responseCode = "200", description = "The version in force and what changed")
  @APIResponse(
      responseCode = "422",
      description = "Every problem of the file, with its field; nothing was stored")
  public ImportOutcome importFile(
      @PathParam("tenant") String tenant, String yaml, @Context SecurityContext caller) {
    return configurations.importFile(yaml, caller.getUserPrincipal().getName());
  }

  @POST
  @Path("/preview")
  @Consumes({YAML, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "What importing the file would change, what it removes that is in use, and its diff;"
              + " nothing is stored")
  @APIResponse(responseCode = "422", description = "Every problem of the file, with its field")
  public ConfigurationPreview preview(@PathParam("tenant") String tenant, String yaml) {
    return configurations.preview(yaml);
  }

  @GET
  @Path("/history")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every version: who made it, when, and what it changed")
  public List<ConfigurationChange> history(@PathParam("tenant") String tenant) {
    return configurations.history();
  }

  @GET
  @Path("/history/{version}/diff")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A version's file against the version before it, line by line")
  @APIResponse(responseCode = "404", description = "No such version")
  public List<DiffLine> diff(
      @PathParam("tenant") String tenant,
      @PathParam("version") @Min(1) @Max(Integer.MAX_VALUE) int version) {
    return configurations.diffOf(version);
  }

  @POST
  @Path("/history/{version}/rollback")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make an earlier version's file the configuration in force again, as a new version")
  @APIResponse(responseCode = "404", description = "No such version")
  public ImportOutcome rollBack(
      @PathParam("tenant") String tenant,
      @PathParam("version") @Min(1) @Max(Integer.MAX_VALUE) int version,
      @Context SecurityContext caller) {
    return configurations.rollBackTo(version, caller.getUserPrincipal().getName());
  }
}
