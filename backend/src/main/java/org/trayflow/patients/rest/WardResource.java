package org.trayflow.patients.rest;

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
import org.trayflow.ids.OrderId;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.MealFlag;
import org.trayflow.patients.WardBed;
import org.trayflow.patients.Wards;
import org.trayflow.platform.rest.Dates;
import org.trayflow.platform.rest.MissingParameter;

/** A ward's board by bed for a meal. */
@Path("/v1/t/{tenant}/sites/{site}/wards/{ward}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WardResource {

  @Inject Wards wards;

  /**
   * @param flag the open flag after a diet change, null when none
   */
  public record BedsideMeal(
      OrderId order, String mealFor, String status, List<String> dishes, MealFlag flag) {}

  public record Bed(
      String bed,
      PatientId patient,
      String mrn,
      String name,
      List<String> allergens,
      String otherAllergies,
      String dietState,
      String diet,
      List<BedsideMeal> meals) {}

  @GET
  @Path("/board")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "TENANT_ADMIN"})
  @Operation(
      summary =
          "The ward's patients by bed, each with what their diet allows at the meal and the meals"
              + " ordered at the bed (with any flag raised by a diet change)")
  @APIResponse(responseCode = "404", description = "No such site or ward in the caller's hospital")
  public List<Bed> board(
      @PathParam("site") String site,
      @PathParam("ward") String ward,
      @QueryParam("serviceDate") String serviceDate,
      @QueryParam("mealPeriod") String mealPeriod) {
    LocalDate day = Dates.required("serviceDate", serviceDate);
    return wards.board(site, ward, day, required(mealPeriod)).stream()
        .map(WardResource::bed)
        .toList();
  }

  private static String required(String mealPeriod) {
    if (mealPeriod == null || mealPeriod.isBlank()) {
      throw new MissingParameter("mealPeriod", "a meal period's id, such as lunch");
    }
    return mealPeriod;
  }

  private static Bed bed(WardBed bed) {
    return new Bed(
        bed.patient().bed(),
        bed.patient().id(),
        bed.patient().mrn(),
        bed.patient().displayName(),
        bed.patient().allergies().stream().map(Allergen::word).sorted().toList(),
        bed.patient().otherAllergies(),
        bed.diet().state(),
        bed.diet().summary(),
        bed.meals().stream()
            .map(
                meal ->
                    new BedsideMeal(
                        meal.orderId(),
                        meal.mealFor().word(),
                        meal.stage().name(),
                        meal.dishes(),
                        meal.flag()))
            .toList());
  }
}
