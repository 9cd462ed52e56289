package org.trayflow.payments.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.payments.Wallets;

/** Money put into a person's wallet at the till, by the hospital's administrators. */
@Path("/v1/t/{tenant}/people/{username}/wallet")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
public class WalletResource {

  @Inject Wallets wallets;
  @Context SecurityContext caller;

  @POST
  @Path("/top-ups")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put money into a person's wallet (audited)")
  @APIResponse(responseCode = "201", description = "The wallet's balance after the top-up")
  @APIResponse(responseCode = "404", description = "No such person in the hospital")
  @APIResponse(responseCode = "409", description = "The hospital's staff do not pay from wallets")
  public Response topUp(
      @PathParam("tenant") String tenant,
      @PathParam("username") String username,
      @NotNull @Valid TopUp topUp) {
    BigDecimal balance =
        wallets.topUp(
            username, topUp.amount(), topUp.reference(), caller.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(Map.of("balance", balance)).build();
  }
}
