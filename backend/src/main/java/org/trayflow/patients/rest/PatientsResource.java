package org.trayflow.patients.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.ids.PatientId;
import org.trayflow.menus.Allergen;
import org.trayflow.patients.Allergies;
import org.trayflow.patients.ChangeSource;
import org.trayflow.patients.Conflict;
import org.trayflow.patients.DietAtMeal;
import org.trayflow.patients.DietChange;
import org.trayflow.patients.DietOrder;
import org.trayflow.patients.DietOrderEntry;
import org.trayflow.patients.DietOrders;
import org.trayflow.patients.InvalidDietOrder;
import org.trayflow.patients.LooseningConfirmed;
import org.trayflow.patients.Patient;
import org.trayflow.patients.PatientChange;
import org.trayflow.patients.PatientHistory;
import org.trayflow.patients.PatientMenu;
import org.trayflow.patients.Patients;
import org.trayflow.patients.Wards;
import org.trayflow.platform.rest.Dates;
import org.trayflow.platform.rest.MissingParameter;

/**
 * A patient's details, diet orders and allergies; diet orders entered by hand; the menu as offered
 * to them.
 */
@Path("/v1/t/{tenant}/patients/{patient}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class PatientsResource {

  @Inject Patients patients;
  @Inject DietOrders dietOrders;
  @Inject PatientHistory history;
  @Inject Wards wards;
  @Inject Clock clock;
  @Context SecurityContext caller;

  /**
   * @param dietNow what the diet orders allow now ({@code diet}, {@code nil-by-mouth}, {@code
   *     no-diet-order})
   */
  public record PatientDetails(
      Patient patient, String dietNow, String dietSummary, List<DietOrder> dietOrders) {}

  /**
   * @param allergens declared allergens' words ({@code peanuts}); @param other the rest, as text
   */
  public record AllergyList(
      @NotNull @Size(max = 14) List<String> allergens,
      @Size(max = 500) String other,
      @Valid LooseningConfirmed loosening) {}

  public record DishChoice(
      long item,
      String name,
      String category,
      List<String> allergens,
      List<String> mayContain,
      List<String> dietTags,
      Integer iddsiLevel,
      boolean safe,
      List<String> conflicts) {}

  public record MenuForPatient(String dietState, String diet, List<DishChoice> dishes) {}

  @GET
  @Operation(
      summary = "The patient, what their diet allows now, and their diet orders newest first")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's hospital")
  public PatientDetails details(@PathParam("patient") PatientId id) {
    DietAtMeal now = dietOrders.dietAt(id, clock.instant());
    return new PatientDetails(
        patients.find(id), now.state(), now.summary(), dietOrders.history(id));
  }

  @POST
  @Path("/diet-orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(
      summary = "Enter a diet order (or a nil-by-mouth hold) by hand; audited",
      description =
          "Meals already ordered for the patient are re-checked and flagged to the ward and kitchen.")
  @APIResponse(
      responseCode = "422",
      description = "Each unknown diet word or missing IDDSI level named")
  @APIResponse(
      responseCode = "409",
      description =
          "The order loosens the diet in force (named): send it again with"
              + " loosening.reason to confirm")
  public DietChange order(
      @PathParam("patient") PatientId id, @NotNull @Valid DietOrderEntry entry) {
    return dietOrders.order(id, entry.toOrder(), by(entry.loosening()));
  }

  @POST
  @Path("/diet-orders/release")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Release the nil-by-mouth hold now, confirming why ({\"reason\": …}); the patient then needs"
              + " a new diet order")
  @APIResponse(
      responseCode = "409",
      description = "Sent without a reason: a release loosens the diet")
  @APIResponse(responseCode = "422", description = "The patient has no hold to release")
  public DietChange release(
      @PathParam("patient") PatientId id, @Valid LooseningConfirmed confirmed) {
    return dietOrders.release(id, null, by(confirmed));
  }

  @PUT
  @Path("/allergies")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(summary = "Replace the patient's allergy list; audited, and ordered meals re-checked")
  @APIResponse(
      responseCode = "409",
      description =
          "An allergy would be removed (named): send it again with"
              + " loosening.reason to confirm")
  public DietChange allergies(
      @PathParam("patient") PatientId id, @NotNull @Valid AllergyList list) {
    patients.find(id);
    List<String> unknown =
        list.allergens().stream().filter(word -> Allergen.fromWord(word).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidDietOrder(
          "allergens",
          unknown + " are not declared allergens;" + " put other allergies in 'other'");
    }
    return dietOrders.declareAllergies(
        id, Allergies.fromCodes(list.allergens(), list.other()), by(list.loosening()));
  }

  /** The caller, having confirmed a loosening with a reason or not. */
  private ChangeSource by(LooseningConfirmed loosening) {
    String name = caller.getUserPrincipal().getName();
    return loosening == null ? ChangeSource.person(name) : loosening.by(name);
  }

  @GET
  @Path("/history")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(
      summary =
          "Every change of the patient's diet, allergies, texture and holds, newest first, with its"
              + " source (the record's message and sender, or the person) and what it loosens, if anything")
  @APIResponse(responseCode = "404", description = "No such patient in the caller's hospital")
  public List<PatientChange> history(@PathParam("patient") PatientId id) {
    patients.find(id);
    return history.of(id);
  }

  @POST
  @Path("/history/{change}/seen")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(
      summary = "Say that a change that loosens the patient's diet has been looked at; audited")
  @APIResponse(responseCode = "204", description = "Seen")
  @APIResponse(
      responseCode = "404",
      description = "No such change waiting to be looked at for this patient")
  public void seen(@PathParam("patient") PatientId id, @PathParam("change") long change) {
    history.markSeen(id, change, caller.getUserPrincipal().getName(), clock.instant());
  }

  @GET
  @Path("/menu")
  @RolesAllowed({"WARD_STAFF", "DIETITIAN"})
  @Operation(summary = "A meal's menu as offered to the patient: every dish, safe or not and why")
  public MenuForPatient menu(
      @PathParam("patient") PatientId id,
      @QueryParam("serviceDate") String serviceDate,
      @QueryParam("mealPeriod") String mealPeriod) {
    if (mealPeriod == null || mealPeriod.isBlank()) {
      throw new MissingParameter("mealPeriod", "a meal period's id, such as lunch");
    }
    PatientMenu menu = wards.menuFor(id, Dates.required("serviceDate", serviceDate), mealPeriod);
    return new MenuForPatient(
        menu.diet().state(),
        menu.diet().summary(),
        menu.dishes().stream()
            .map(
                choice ->
                    new DishChoice(
                        choice.dish().itemId(),
                        choice.dish().name(),
                        choice.dish().category(),
                        choice.dish().allergens(),
                        choice.dish().mayContain(),
                        choice.dish().dietTags(),
                        choice.dish().iddsiLevel(),
                        choice.safe(),
                        choice.conflicts().stream().map(Conflict::english).toList()))
            .toList());
  }
}
