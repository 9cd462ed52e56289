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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.trayflow.payments.PayrollExport;
import org.trayflow.platform.rest.Dates;
import org.trayflow.tenancy.TenantConfigurations;

/** What the finance office deducts from pay, exported by the hospital's administrators. */
@Path("/v1/t/{tenant}/payroll-deductions")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
public class PayrollResource {

  @Inject PayrollExport payroll;
  @Inject TenantConfigurations configurations;
  @Context SecurityContext caller;

  @GET
  @Produces("text/csv")
  @Operation(
      summary = "What to deduct from each person's pay for a period, as CSV (audited)",
      description =
          "from, to: YYYY-MM-DD, the period's first and last day in the hospital's time zone")
  public Response payrollDeductions(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate first = Dates.required("from", from);
    LocalDate last = Dates.required("to", to);
    String csv =
        payroll.csv(
            first,
            last,
            configurations.configuration().orElseThrow().timeZone(),
            caller.getUserPrincipal().getName());
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"payroll-deductions-" + first + "-to-" + last + ".csv\"")
        .build();
  }
}
