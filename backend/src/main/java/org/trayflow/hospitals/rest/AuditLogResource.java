package org.trayflow.hospitals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.trayflow.audit.AuditActions;
import org.trayflow.audit.AuditLog;
import org.trayflow.audit.AuditSearch;
import org.trayflow.tenancy.TenantConfigurations;

/** The caller's hospital's audit log, searched and exported; days are the hospital's own. */
@Path("/v1/t/{tenant}/audit-log")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
public class AuditLogResource {

  private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

  @Inject AuditLog audit;
  @Inject TenantConfigurations configurations;

  /** One entry as the API shows it: the action's key and its words. */
  public record Entry(
      String at, String actor, String action, String actionInWords, String detail) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The newest 200 entries the search finds: by person, action key, days (the hospital's,"
              + " from and to both included) and text")
  public List<Entry> search(
      @PathParam("tenant") String tenant,
      @QueryParam("actor") @Size(max = 200) String actor,
      @QueryParam("action") @Size(max = 63) String action,
      @QueryParam("from") @Pattern(regexp = DATE) String from,
      @QueryParam("to") @Pattern(regexp = DATE) String to,
      @QueryParam("search") @Size(max = 200) String text) {
    ZoneId zone = zone();
    return audit.find(search(actor, action, from, to, text, zone), 200).stream()
        .map(
            e ->
                new Entry(
                    e.at().atZone(zone).toOffsetDateTime().toString(),
                    e.actor(),
                    e.action(),
                    AuditActions.inWords(e.action()),
                    e.detail()))
        .toList();
  }

  @GET
  @Produces("text/csv")
  @Operation(summary = "The entries the search finds (at most 50,000), as CSV for a spreadsheet")
  public Response export(
      @PathParam("tenant") String tenant,
      @QueryParam("actor") @Size(max = 200) String actor,
      @QueryParam("action") @Size(max = 63) String action,
      @QueryParam("from") @Pattern(regexp = DATE) String from,
      @QueryParam("to") @Pattern(regexp = DATE) String to,
      @QueryParam("search") @Size(max = 200) String text) {
    ZoneId zone = zone();
    return Response.ok(
            audit.csv(search(actor, action, from, to, text, zone), zone), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-log-" + tenant + ".csv\"")
        .build();
  }

  private ZoneId zone() {
    return configurations.configuration().orElseThrow().timeZone();
  }

  private static AuditSearch search(
      String actor, String action, String from, String to, String text, ZoneId zone) {
    return new AuditSearch(
        Optional.ofNullable(actor),
        Optional.ofNullable(action),
        day(from).map(d -> d.atStartOfDay(zone).toInstant()),
        day(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
        Optional.ofNullable(text));
  }

  private static Optional<LocalDate> day(String value) {
    try {
      return Optional.ofNullable(value).map(LocalDate::parse);
    } catch (java.time.format.DateTimeParseException notADay) {
      throw new jakarta.ws.rs.BadRequestException("'" + value + "' is not a day (YYYY-MM-DD)");
    }
  }
}
