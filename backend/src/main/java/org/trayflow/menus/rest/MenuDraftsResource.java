package org.trayflow.menus.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.menus.MenuDraft;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishOutcome;
import org.trayflow.menus.WeekPlanner;
import org.trayflow.platform.rest.Dates;

/** Drafts of a site's weekly menus, up to their publication. */
@Path("/v1/t/{tenant}/sites/{site}/menus/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("KITCHEN_MANAGER")
public class MenuDraftsResource {

  @Inject WeekPlanner planner;

  /**
   * One dish planned for one day and meal; {@code allWeek} plans it for that meal on every day of
   * the week.
   */
  public record PlannedDishBody(
      String day,
      @NotBlank String mealPeriod,
      @NotNull Long itemId,
      @NotNull @Min(0) Integer portions,
      boolean allWeek) {}

  @POST
  @Operation(
      summary =
          "The site's draft for the week (its Monday), started empty, or copied from the week before")
  public MenuDraft draft(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @QueryParam("week") String week,
      @QueryParam("copyPreviousWeek") boolean copy,
      @Context SecurityContext caller) {
    MenuWeek menuWeek = new MenuWeek(Dates.required("week", week));
    String by = caller.getUserPrincipal().getName();
    return copy
        ? planner.copyPreviousWeek(site, menuWeek, by)
        : planner.draftFor(site, menuWeek, by);
  }

  @POST
  @Path("/cycle")
  @Operation(
      summary =
          "Carry a menu cycle forward: drafts for the coming weeks, each a copy of the week one cycle"
              + " before; weeks already planned are left alone")
  @APIResponse(responseCode = "200", description = "The drafts made")
  public List<MenuDraft> repeatCycle(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @QueryParam("from") String from,
      @QueryParam("cycleWeeks") int cycleWeeks,
      @QueryParam("weeksAhead") int weeksAhead,
      @Context SecurityContext caller) {
    return planner.repeatCycle(
        site,
        new MenuWeek(Dates.required("from", from)),
        cycleWeeks,
        weeksAhead,
        caller.getUserPrincipal().getName());
  }

  @PUT
  @Path("/{draft}/dishes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Plan a dish (or change its portions) on a day and meal of the draft")
  @APIResponse(responseCode = "409", description = "The menu is published, or of another site")
  public MenuDraft planDish(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @PathParam("draft") long draft,
      @NotNull @Valid PlannedDishBody dish) {
    return dish.allWeek()
        ? planner.planDishAllWeek(site, draft, dish.mealPeriod(), dish.itemId(), dish.portions())
        : planner.planDish(
            site,
            draft,
            Dates.required("day", dish.day()),
            dish.mealPeriod(),
            dish.itemId(),
            dish.portions());
  }

  @POST
  @Path("/{draft}/publish")
  @Operation(
      summary =
          "Publish the draft as the week's next version; says what changed against the one before")
  @APIResponse(responseCode = "200", description = "The version published and its changes")
  @APIResponse(responseCode = "409", description = "Already published, or a draft of another site")
  @APIResponse(
      responseCode = "422",
      description = "Not publishable; each problem named by day and meal")
  public PublishOutcome publish(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @PathParam("draft") long draft,
      @Context SecurityContext caller) {
    return planner.publish(site, draft, caller.getUserPrincipal().getName());
  }
}
