package org.trayflow.ordering.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.ids.OrderId;
import org.trayflow.ordering.Checkout;
import org.trayflow.ordering.OrderBook;
import org.trayflow.ordering.OrderPage;
import org.trayflow.ordering.OrderRequest;
import org.trayflow.ordering.PlacedOrder;

/** The signed-in person's own orders: placing, reading, cancelling. */
@Path("/v1/t/{tenant}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class OrdersResource {

  @Inject Checkout checkout;
  @Inject OrderBook book;
  @Context SecurityContext caller;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Place an order for one meal",
      description =
          "Send a new Idempotency-Key per order (a UUID) and the same key again when retrying: a retry"
              + " answers with the order already placed, however many times and through whichever server.")
  @APIResponse(responseCode = "201", description = "The order placed")
  @APIResponse(
      responseCode = "200",
      description = "The order placed earlier with this Idempotency-Key")
  @APIResponse(
      responseCode = "400",
      description = "Each invalid field named (including a missing Idempotency-Key)")
  @APIResponse(
      responseCode = "404",
      description =
          "A patient who is not in the hospital, or one the caller may"
              + " not order for (the same answer)")
  @APIResponse(
      responseCode = "409",
      description =
          "Sold out (each dish with what is left), ordering closed,"
              + " the limit of orders per meal reached, or another checkout of yours still running (Retry-After)")
  @APIResponse(
      responseCode = "422",
      description =
          "A site, location, meal or dish that is not on offer, or the"
              + " Idempotency-Key used before for a different order")
  @APIResponse(responseCode = "429", description = "Too many checkouts a minute (Retry-After)")
  @APIResponse(
      responseCode = "503",
      description = "The server is at capacity (Retry-After); nothing was ordered")
  public Response place(
      @PathParam("tenant") String tenant,
      @HeaderParam("Idempotency-Key") @NotNull String idempotencyKey,
      @NotNull @Valid OrderRequest request) {
    PlacedOrder order = checkout.place(Callers.orderer(caller), idempotencyKey, request);
    return Response.status(order.replayed() ? Response.Status.OK : Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(order.id())).build())
        .entity(order)
        .build();
  }

  @GET
  @Operation(
      summary = "Your orders, newest first",
      description = "Pass the 'next' of a page as cursor for the" + " page after it.")
  public OrderPage mine(
      @PathParam("tenant") String tenant,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return book.ofOrderer(caller.getUserPrincipal().getName(), cursor, limit);
  }

  @GET
  @Path("/{order}")
  @Operation(summary = "One of your orders")
  @APIResponse(responseCode = "404", description = "You have no order of that id")
  public PlacedOrder one(@PathParam("tenant") String tenant, @PathParam("order") OrderId order) {
    return book.find(caller.getUserPrincipal().getName(), order);
  }

  @POST
  @Path("/{order}/cancellation")
  @Operation(
      summary = "Cancel one of your orders before the meal's cut-off; its portions go back on sale")
  @APIResponse(responseCode = "200", description = "The order, cancelled")
  @APIResponse(responseCode = "404", description = "You have no order of that id")
  @APIResponse(responseCode = "409", description = "Past the cut-off, or cancelled already")
  public PlacedOrder cancel(@PathParam("tenant") String tenant, @PathParam("order") OrderId order) {
    return checkout.cancel(caller.getUserPrincipal().getName(), order);
  }
}
