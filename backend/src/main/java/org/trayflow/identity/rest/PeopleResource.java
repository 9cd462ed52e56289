package org.trayflow.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.People;
import org.trayflow.identity.Person;
import org.trayflow.identity.Role;

/**
 * A tenant's people, for its administrators: add someone, change their roles, deactivate them, reset their password.
 * The last three end the person's sessions and tokens at once, on every instance (decision 0014).
 */
@Path("/v1/t/{tenant}/people")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject People people;
  @Context SecurityContext caller;

  /** Someone to add. */
  public record Addition(@NotBlank String username, @NotBlank String displayName, @NotEmpty Set<Role> roles) {}

  /** The roles someone is to have from now on. */
  public record Roles(@NotEmpty Set<Role> roles) {}

  @GET
  @Operation(summary = "The tenant's people with their roles")
  public List<Person> list(@PathParam("tenant") String tenant) {
    return people.listPeople();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a person; their first password is in this answer only")
  @APIResponse(responseCode = "201", description = "The person and their first password")
  @APIResponse(responseCode = "400", description = "The user name is not valid or is taken")
  public Response add(@PathParam("tenant") String tenant, @NotNull @Valid Addition addition) {
    NewPerson added = people.addPerson(addition.username(), addition.displayName(), addition.roles(), by());
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @PUT
  @Path("/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a person's roles; what they signed in with before stops at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person changeRoles(@PathParam("tenant") String tenant, @PathParam("username") String username,
      @NotNull @Valid Roles roles) {
    return people.changeRoles(username, roles.roles(), by());
  }

  @POST
  @Path("/{username}/deactivation")
  @Operation(summary = "Deactivate a person: they can no longer sign in, and their sessions and tokens stop at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person deactivate(@PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.deactivate(username, by());
  }

  @POST
  @Path("/{username}/password-reset")
  @Operation(summary = "Give a person a new first password (in this answer only); their sessions stop at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public NewPerson resetPassword(@PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.resetPassword(username, by());
  }

  private String by() {
    return caller.getUserPrincipal().getName();
  }
}
