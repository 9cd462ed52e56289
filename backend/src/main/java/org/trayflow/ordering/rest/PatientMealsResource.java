package org.trayflow.ordering.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.PlacedOrder;

/**
 * Meals ordered for patients, which anyone who may order for patients may cancel (not only whoever
 * ordered them). Every hospital role reaches the endpoint, since a hospital may add roles that
 * order for patients; the checkout answers the others as it answers a meal that does not exist.
 */
@Path("/v1/t/{tenant}/patient-meals/{order}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class PatientMealsResource {

  @Inject Checkout checkout;
  @Context SecurityContext caller;

  @POST
  @Path("/cancellation")
  @Operation(
      summary =
          "Cancel a patient's meal: before the cut-off, or until it is served once flagged after a"
              + " diet change")
  @APIResponse(responseCode = "200", description = "The order, cancelled")
  @APIResponse(
      responseCode = "404",
      description =
          "No patient meal of that id in the caller's hospital, or the"
              + " caller may not order for patients (the same answer)")
  @APIResponse(
      responseCode = "409",
      description = "Past the cut-off (and not flagged), served, or cancelled already")
  public PlacedOrder cancel(@PathParam("tenant") String tenant, @PathParam("order") OrderId order) {
    return checkout.cancelPatientMeal(Callers.orderer(caller), order);
  }
}
