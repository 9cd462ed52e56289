package org.trayflow.tenancy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantSummary;

/** The sites of the caller's own hospital organisation. */
@Path("/v1/t/{tenant}/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class TenantSitesResource {

  @Inject Sites sites;

  @GET
  @Operation(summary = "The active sites of the tenant")
  @APIResponse(responseCode = "200", description = "The sites")
  @APIResponse(responseCode = "404", description = "No such tenant, or not the caller's")
  public List<TenantSummary.SiteSummary> sites(@PathParam("tenant") String tenant) {
    return sites.listSites();
  }

  @GET
  @Path("/{site}")
  @Operation(summary = "One site of the tenant")
  @APIResponse(responseCode = "200", description = "The site")
  @APIResponse(responseCode = "404", description = "No such site in the caller's tenant")
  public TenantSummary.SiteSummary site(
      @PathParam("tenant") String tenant, @PathParam("site") String site) {
    return sites.listSites().stream()
        .filter(s -> s.slug().equals(site))
        .findFirst()
        .orElseThrow(() -> new SiteNotFound(site));
  }
}
