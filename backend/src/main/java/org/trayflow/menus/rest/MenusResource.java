package org.trayflow.menus.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.menus.MenuWeek;
import org.trayflow.menus.PublishedMenu;
import org.trayflow.menus.PublishedMenus;
import org.trayflow.platform.rest.Dates;

/**
 * A site's published menu of a week, for everyone of the tenant: the newest version, filtered as
 * asked.
 */
@Path("/v1/t/{tenant}/sites/{site}/menus")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class MenusResource {

  @Inject PublishedMenus menus;

  @GET
  @Operation(
      summary = "The newest published menu of the week (or of one day of it)",
      description =
          "week: its Monday (YYYY-MM-DD). diet: only dishes with this diet tag. excludeAllergen: leave out"
              + " dishes with any of these allergens (repeatable). Answers 304 to a matching If-None-Match.")
  @APIResponse(responseCode = "200", description = "The menu, with an ETag")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  @APIResponse(
      responseCode = "404",
      description = "Nothing published for that week at a site of that name")
  @APIResponse(responseCode = "422", description = "The week is not a Monday")
  public Response week(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @QueryParam("week") String weekText,
      @QueryParam("day") String dayText,
      @QueryParam("diet") String diet,
      @QueryParam("excludeAllergen") List<String> excludedAllergens,
      @Context Request request) {
    LocalDate day = Dates.parse("day", dayText);
    LocalDate week = Dates.parse("week", weekText);
    MenuWeek menuWeek = week != null ? new MenuWeek(week) : MenuWeek.containing(requiredDay(day));
    int version =
        menus.newestVersion(site, menuWeek).orElseThrow(() -> new NothingPublished(site, menuWeek));
    Set<String> excluded = new TreeSet<>(excludedAllergens);
    EntityTag tag =
        new EntityTag(
            site
                + "-"
                + menuWeek.monday()
                + "-v"
                + version
                + "-"
                + Integer.toHexString(
                    List.of(String.valueOf(day), String.valueOf(diet), excluded.toString())
                        .hashCode()),
            true);
    CacheControl revalidate = new CacheControl();
    revalidate.setPrivate(true);
    revalidate.setNoCache(true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.cacheControl(revalidate).build();
    }
    Response.ResponseBuilder ok =
        day == null && diet == null && excluded.isEmpty()
            ? Response.ok(
                menus
                    .document(site, menuWeek, version)
                    .orElseThrow(() -> new NothingPublished(site, menuWeek)))
            : Response.ok(filtered(site, menuWeek, version, day, diet, excluded));
    return ok.tag(tag).cacheControl(revalidate).build();
  }

  private PublishedMenu filtered(
      String site, MenuWeek week, int version, LocalDate day, String diet, Set<String> excluded) {
    PublishedMenu menu =
        menus
            .menu(site, week, version)
            .orElseThrow(() -> new NothingPublished(site, week))
            .keep(PublishedMenu.suitableFor(diet, excluded));
    return day == null ? menu : menu.onlyDay(day);
  }

  private static LocalDate requiredDay(LocalDate day) {
    if (day == null) {
      throw new NothingPublished.WeekOrDayRequired();
    }
    return day;
  }
}
