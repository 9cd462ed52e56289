package org.trayflow.patients.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.patients.MealFlags;

/** Patients' meals flagged after a diet change: checked by the ward to go ahead. */
@Path("/v1/t/{tenant}/meal-flags/{flag}")
@RequestScoped
public class MealFlagsResource {

  @Inject MealFlags flags;
  @Inject Clock clock;
  @Context SecurityContext caller;

  @POST
  @Path("/check")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(
      summary =
          "Mark a flagged meal as checked against the new diet: it goes ahead (only if still safe)")
  @APIResponse(responseCode = "204", description = "Checked")
  @APIResponse(
      responseCode = "409",
      description = "Not safe under the new diet (cancel it), or not flagged")
  public Response check(@PathParam("flag") long flag) {
    flags.markChecked(flag, caller.getUserPrincipal().getName(), clock.instant());
    return Response.noContent().build();
  }
}
