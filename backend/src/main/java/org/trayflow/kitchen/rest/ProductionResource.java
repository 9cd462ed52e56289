package org.trayflow.kitchen.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.ids.OrderId;
import org.trayflow.kitchen.KitchenProgress;
import org.trayflow.kitchen.PrintedFor;
import org.trayflow.kitchen.Production;
import org.trayflow.kitchen.ProductionCsv;
import org.trayflow.kitchen.ProductionSheets;
import org.trayflow.kitchen.ProductionTallies;
import org.trayflow.kitchen.TrayTickets;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.platform.rest.Dates;
import org.trayflow.platform.rest.MissingParameter;
import org.trayflow.tenancy.TenantConfigurations;

/**
 * What the kitchen cooks for a meal, as data, a spreadsheet or printed pages; and moving its orders
 * on.
 */
@Path("/v1/t/{tenant}/sites/{site}/production")
@RequestScoped
@RolesAllowed({"KITCHEN_MANAGER", "TENANT_ADMIN"})
public class ProductionResource {

  @Inject ProductionTallies tallies;
  @Inject KitchenProgress progress;
  @Inject TrayTickets trays;
  @Inject TenantConfigurations configurations;

  /**
   * @param location a ward or pick-up point's slug, to move its orders only
   * @param orders these orders only
   * @param override start the whole meal although its orders can still be placed or cancelled
   */
  public record StatusChange(
      @NotNull LocalDate date,
      @NotBlank String mealPeriod,
      @NotNull OrderStatus status,
      String location,
      @Size(max = 1000) Set<@NotNull OrderId> orders,
      Boolean override) {}

  public record Moved(int orders) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "One meal's tallies: each dish ordered against planned, per location, per diet, by status",
      description = "date: YYYY-MM-DD; mealPeriod: the meal's id")
  @APIResponse(responseCode = "404", description = "No such site in the caller's tenant")
  public Production tally(
      @PathParam("site") String site,
      @QueryParam("date") String date,
      @QueryParam("mealPeriod") String mealPeriod) {
    return tallies.of(site, Dates.required("date", date), required(mealPeriod));
  }

  @GET
  @Path("/csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The tallies as CSV: a row per location and dish, then each dish's total against the plan")
  public Response csv(
      @PathParam("site") String site,
      @QueryParam("date") String date,
      @QueryParam("mealPeriod") String mealPeriod) {
    Production production = tally(site, date, mealPeriod);
    return download(ProductionCsv.of(production), "text/csv; charset=UTF-8", production, "csv");
  }

  @GET
  @Path("/sheet")
  @Produces("application/pdf")
  @Operation(summary = "The printable production sheet of the meal (A4 PDF)")
  public Response sheet(
      @PathParam("site") String site,
      @QueryParam("date") String date,
      @QueryParam("mealPeriod") String mealPeriod) {
    Production production = tally(site, date, mealPeriod);
    return download(
        ProductionSheets.productionSheet(production, printedFor(production)),
        "application/pdf",
        production,
        "pdf");
  }

  @GET
  @Path("/tickets")
  @Produces("application/pdf")
  @Operation(summary = "The meal's order tickets, a page per ward or pick-up point (A4 PDF)")
  public Response tickets(
      @PathParam("site") String site,
      @QueryParam("date") String date,
      @QueryParam("mealPeriod") String mealPeriod) {
    Production production = tally(site, date, mealPeriod);
    return download(
        ProductionSheets.orderTickets(
            tallies.tickets(site, production.date(), production.mealPeriod()),
            printedFor(production)),
        "application/pdf",
        production,
        "pdf");
  }

  @GET
  @Path("/tray-tickets")
  @Produces("application/pdf")
  @RolesAllowed({"KITCHEN_MANAGER", "TENANT_ADMIN", "WARD_STAFF", "DIETITIAN"})
  @Operation(
      summary =
          "Tray tickets: an A6 label per patient meal (name, bed, diet, allergens, texture, dishes),"
              + " in delivery order by ward and bed; a tray held back after a diet change says so")
  public Response trayTickets(
      @PathParam("site") String site,
      @QueryParam("date") String date,
      @QueryParam("mealPeriod") String mealPeriod) {
    LocalDate day = Dates.required("date", date);
    return Response.ok(trays.pdf(site, day, required(mealPeriod)), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"tray-tickets-" + site + "-" + day + "-" + mealPeriod + ".pdf\"")
        .build();
  }

  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move the meal's orders on (IN_PREPARATION, READY, DELIVERED, COLLECTED); orderers are told")
  @APIResponse(
      responseCode = "200",
      description = "How many orders moved; those not at the step before stay")
  @APIResponse(
      responseCode = "409",
      description =
          "meal-still-open: the whole meal can still be ordered or"
              + " cancelled; move the orders chosen, or send override: true")
  public Moved move(@PathParam("site") String site, @NotNull @Valid StatusChange change) {
    return new Moved(
        progress.move(
            new KitchenProgress.Move(
                site,
                change.date(),
                change.mealPeriod(),
                Optional.ofNullable(change.location()),
                Optional.ofNullable(change.orders()),
                change.status()),
            Boolean.TRUE.equals(change.override())));
  }

  private PrintedFor printedFor(Production production) {
    return PrintedFor.of(
        configurations.configuration().orElseThrow(),
        production.site(),
        production.mealPeriod(),
        production.date());
  }

  private static Response download(
      Object body, String type, Production production, String extension) {
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"production-"
                + production.site()
                + "-"
                + production.date()
                + "-"
                + production.mealPeriod()
                + "."
                + extension
                + "\"")
        .build();
  }

  private static String required(String mealPeriod) {
    if (mealPeriod == null || mealPeriod.isBlank()) {
      throw new MissingParameter("mealPeriod", "a meal period's id, such as lunch");
    }
    return mealPeriod;
  }
}
