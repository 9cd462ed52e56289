package org.trayflow.hospitals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.trayflow.hospitals.HospitalActivity;
import org.trayflow.hospitals.Hospitals;
import org.trayflow.hospitals.NewHospital;
import org.trayflow.hospitals.RegisteredHospital;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;
import org.trayflow.tenantconfig.Slug;

/**
 * The platform's hospitals, for its administrators: each with today's use, registration by the
 * short form, and suspension (nobody of the hospital signs in or orders; nothing is deleted) and
 * its end.
 */
@Path("/v1/platform/hospitals")
@RequestScoped
@RolesAllowed("PLATFORM_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformHospitalsResource {

  @Inject Hospitals hospitals;
  @Inject TenantDirectory directory;
  @Context SecurityContext caller;

  @GET
  @RolesAllowed({"PLATFORM_ADMIN", "OPS"})
  @Operation(
      summary =
          "Every hospital, with the orders for its meals today, its active people and its last sign-in")
  public List<HospitalActivity> activity() {
    return hospitals.activity();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Register a hospital from the short form; its first administrator's password is in this"
              + " answer only")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "422", description = "Each field's problem; nothing was registered")
  public Response register(@NotNull NewHospital form) {
    RegisteredHospital registered = hospitals.register(form, caller.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(registered).build();
  }

  @POST
  @Path("/{slug}/suspension")
  @Operation(
      summary =
          "Suspend a hospital: its sessions and tokens stop at once, and nobody of it signs in")
  @APIResponse(responseCode = "404", description = "No such hospital")
  public TenantSummary suspend(
      @PathParam("slug") @Pattern(regexp = Slug.PATTERN) @Size(max = Slug.MAX_LENGTH) String slug) {
    return directory.suspend(new Slug(slug), caller.getUserPrincipal().getName());
  }

  @DELETE
  @Path("/{slug}/suspension")
  @Operation(summary = "Reactivate a suspended hospital: its people sign in again")
  @APIResponse(responseCode = "404", description = "No such hospital")
  public TenantSummary reactivate(
      @PathParam("slug") @Pattern(regexp = Slug.PATTERN) @Size(max = Slug.MAX_LENGTH) String slug) {
    return directory.reactivate(new Slug(slug), caller.getUserPrincipal().getName());
  }
}
