package org.trayflow.ordering.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.ordering.OrderBook;
import org.trayflow.ordering.OrderPage;
import org.trayflow.platform.rest.Dates;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;

/**
 * Everything ordered for one ward, department or pick-up point on a day: for the ward and the
 * kitchen.
 */
@Path("/v1/t/{tenant}/sites/{site}/locations/{location}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class LocationOrdersResource {

  @Inject Sites sites;
  @Inject OrderBook book;

  @GET
  @Operation(
      summary = "The location's orders of a day, newest first",
      description = "date: YYYY-MM-DD. Pass the 'next' of a page as cursor for the page after it.")
  @APIResponse(
      responseCode = "404",
      description = "No such site or location in the caller's tenant")
  public OrderPage orders(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @PathParam("location") String location,
      @QueryParam("date") String dateText,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    LocalDate date = Dates.required("date", dateText);
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    long locationId =
        sites
            .findLocationId(siteId, location)
            .orElseThrow(() -> new SiteNotFound(site + "/" + location));
    return book.ofLocation(locationId, date, cursor, limit);
  }
}
