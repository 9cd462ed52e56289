package org.trayflow.payments.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.trayflow.payments.StaffPayments;
import org.trayflow.platform.rest.Dates;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/** The signed-in person's own account for meals: what they may spend, and what was charged. */
@Path("/v1/t/{tenant}/me/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"STAFF", "WARD_STAFF", "DIETITIAN", "KITCHEN_MANAGER", "TENANT_ADMIN"})
public class MyAccountResource {

  private static final int MOVEMENTS_SHOWN = 20;

  @Inject StaffPayments payments;
  @Inject TenantConfigurations configurations;
  @Inject Clock clock;
  @Context SecurityContext caller;

  @GET
  @Operation(
      summary = "Where you stand for your meals on a day, and your latest charges and refunds",
      description =
          "date: YYYY-MM-DD, the meal's day (today in the hospital's time zone when absent);"
              + " spendable is what an order may cost at most, absent when nothing limits it")
  public AccountBody mine(@PathParam("tenant") String tenant, @QueryParam("date") String date) {
    TenantConfiguration hospital = configurations.configuration().orElseThrow();
    LocalDate day =
        date == null
            ? LocalDate.now(clock.withZone(hospital.timeZone()))
            : Dates.required("date", date);
    String me = caller.getUserPrincipal().getName();
    return AccountBody.of(
        payments.standing(hospital.payment(), me, day),
        day,
        payments.statement(me, MOVEMENTS_SHOWN));
  }
}
