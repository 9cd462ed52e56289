package org.trayflow.quotas.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.platform.rest.Dates;
import org.trayflow.platform.rest.MissingParameter;
import org.trayflow.quotas.PortionsLeft;
import org.trayflow.quotas.Slot;
import org.trayflow.tenancy.SiteNotFound;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;

/** Portions left of each dish of a meal, as people choosing see them. */
@Path("/v1/t/{tenant}/sites/{site}/portions-left")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class PortionsLeftResource {

  @Inject Sites sites;
  @Inject TenantConfigurations configurations;
  @Inject PortionsLeft portionsLeft;

  /**
   * @param item a menu item's id
   */
  public record DishLeft(long item, int portions) {}

  @GET
  @Operation(
      summary = "Portions left of each dish of one meal",
      description =
          "date: YYYY-MM-DD; mealPeriod: the meal's id. A figure to show; checkout decides.")
  @APIResponse(responseCode = "404", description = "No such site in the caller's tenant")
  public List<DishLeft> portionsLeft(
      @PathParam("tenant") String tenant,
      @PathParam("site") String site,
      @QueryParam("date") String dateText,
      @QueryParam("mealPeriod") String mealPeriod) {
    LocalDate date = Dates.required("date", dateText);
    long siteId = sites.findSiteId(site).orElseThrow(() -> new SiteNotFound(site));
    if (mealPeriod == null || mealPeriod.isBlank()) {
      throw new MissingParameter("mealPeriod", "a meal period's id, such as lunch");
    }
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    MealPeriod meal =
        hospital.mealPeriod(mealPeriod).orElseThrow(() -> new MealNotServed(mealPeriod));
    return portionsLeft
        .of(hospital.timeZone(), new Slot(siteId, date, meal.id()))
        .perDish()
        .entrySet()
        .stream()
        .map(e -> new DishLeft(e.getKey(), e.getValue()))
        .toList();
  }
}
