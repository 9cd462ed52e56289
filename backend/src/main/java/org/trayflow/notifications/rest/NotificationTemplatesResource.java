package org.trayflow.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.notifications.NotificationTemplates;

/** The hospital's own wording of its notifications, per kind and language. */
@Path("/v1/t/{tenant}/notification-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("TENANT_ADMIN")
public class NotificationTemplatesResource {

  @Inject NotificationTemplates templates;

  public record Text(String subject, String body) {}

  @GET
  @Operation(
      summary = "Every kind in every language, the hospital's wording where it has one ('own')")
  public List<NotificationTemplates.Wording> all() {
    return templates.all();
  }

  @PUT
  @Path("/{kind}/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Use the hospital's own wording",
      description =
          "Placeholders such as {meal}, {day},"
              + " {lines} are filled from each message; an unknown one is refused.")
  @APIResponse(
      responseCode = "422",
      description = "An unknown kind, language or placeholder; empty or too long")
  public NotificationTemplates.Wording write(
      @PathParam("kind") String kind, @PathParam("language") String language, @NotNull Text text) {
    return templates.write(kind, language, text.subject(), text.body());
  }

  @DELETE
  @Path("/{kind}/{language}")
  @Operation(summary = "Back to Trayflow's own wording")
  public NotificationTemplates.Wording forget(
      @PathParam("kind") String kind, @PathParam("language") String language) {
    return templates.forget(kind, language);
  }
}
