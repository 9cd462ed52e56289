package org.trayflow.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.identity.ApiClientSummary;
import org.trayflow.identity.ApiClients;
import org.trayflow.identity.Role;

/**
 * A tenant's API clients: register one (its secret is in this one answer only), list them, revoke
 * one.
 */
@Path("/v1/t/{tenant}/api-clients")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

  @Inject ApiClients clients;

  /** What a tenant administrator asks for. */
  public record Registration(@NotBlank @Size(max = 200) String name, @NotEmpty Set<Role> roles) {}

  @GET
  @Operation(summary = "The tenant's API clients, without secrets")
  public List<ApiClientSummary> list(@PathParam("tenant") String tenant) {
    return clients.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an API client; the secret is shown in this answer only")
  @APIResponse(responseCode = "201", description = "The client id and its secret")
  public Response register(
      @PathParam("tenant") String tenant,
      @NotNull @Valid Registration registration,
      @Context SecurityContext caller) {
    return Response.status(Response.Status.CREATED)
        .entity(
            clients.register(
                registration.name(), registration.roles(), caller.getUserPrincipal().getName()))
        .build();
  }

  @DELETE
  @Path("/{client}")
  @Operation(
      summary = "Revoke an API client: it gets no more tokens, and the ones it has stop at once")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No such client in the caller's tenant")
  public void revoke(
      @PathParam("tenant") String tenant,
      @PathParam("client") String client,
      @Context SecurityContext caller) {
    clients.revoke(client, caller.getUserPrincipal().getName());
  }
}
