package org.trayflow.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.identity.NewPerson;
import org.trayflow.identity.People;
import org.trayflow.identity.PeopleImport;
import org.trayflow.identity.PeopleSearch;
import org.trayflow.identity.Person;
import org.trayflow.identity.PersonDetails;
import org.trayflow.identity.Role;
import org.trayflow.identity.StaffList;

/**
 * A tenant's people, for its administrators: find them, add someone (one by one or from a staff
 * list), correct their details, change their roles, deactivate and reactivate them, reset their
 * password, let them try signing in again at once. Changing roles, deactivating and resetting end
 * the person's sessions and tokens at once, on every instance (decision 0014). Every change is in
 * the audit log.
 */
@Path("/v1/t/{tenant}/people")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject People people;
  @Inject PeopleImport staffLists;
  @Context SecurityContext caller;

  /** Someone to add. */
  public record Addition(
      @NotBlank String username, @NotBlank String displayName, @NotEmpty Set<Role> roles) {}

  /** The roles someone is to have from now on. */
  public record Roles(@NotEmpty Set<Role> roles) {}

  /** Who someone is, how to reach them, and the slugs of the sites they work at. */
  public record Details(
      @NotBlank @Size(max = 200) String displayName,
      @Size(max = 254) String email,
      @NotBlank @Pattern(regexp = "en|fr") String language,
      @Size(max = 50) Set<@Size(max = 63) String> sites) {}

  @GET
  @Operation(
      summary =
          "The tenant's people (at most 500), found by part of their name, user name or e-mail,"
              + " a role, a site and whether they are active")
  public List<Person> list(
      @PathParam("tenant") String tenant,
      @QueryParam("search") @Size(max = 120) String search,
      @QueryParam("role")
          @Pattern(regexp = "STAFF|WARD_STAFF|DIETITIAN|KITCHEN_MANAGER|TENANT_ADMIN")
          String role,
      @QueryParam("site") @Size(max = 63) String site,
      @QueryParam("active") @Pattern(regexp = "true|false") String active) {
    return people.findPeople(
        new PeopleSearch(
            Optional.ofNullable(search),
            Optional.ofNullable(role).map(Role::valueOf),
            Optional.ofNullable(site),
            Optional.ofNullable(active).map(Boolean::valueOf)));
  }

  @GET
  @Path("/{username}")
  @Operation(summary = "One person")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person person(@PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.person(username);
  }

  @PUT
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Correct a person's name, e-mail address, language and sites; their sign-in goes on")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  @APIResponse(responseCode = "422", description = "Not an e-mail address, or no such site")
  public Person changeDetails(
      @PathParam("tenant") String tenant,
      @PathParam("username") String username,
      @NotNull @Valid Details details) {
    return people.changeDetails(
        username,
        new PersonDetails(
            details.displayName(),
            Optional.ofNullable(details.email()),
            details.language(),
            details.sites() == null ? Set.of() : details.sites()),
        by());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a person; their first password is in this answer only")
  @APIResponse(responseCode = "201", description = "The person and their first password")
  @APIResponse(responseCode = "400", description = "The user name is not valid or is taken")
  public Response add(@PathParam("tenant") String tenant, @NotNull @Valid Addition addition) {
    NewPerson added =
        people.addPerson(addition.username(), addition.displayName(), addition.roles(), by());
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @PUT
  @Path("/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a person's roles; what they signed in with before stops at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person changeRoles(
      @PathParam("tenant") String tenant,
      @PathParam("username") String username,
      @NotNull @Valid Roles roles) {
    return people.changeRoles(username, roles.roles(), by());
  }

  @POST
  @Path("/{username}/deactivation")
  @Operation(
      summary =
          "Deactivate a person: they can no longer sign in, and their sessions and tokens stop at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person deactivate(
      @PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.deactivate(username, by());
  }

  @POST
  @Path("/{username}/reactivation")
  @Operation(summary = "Reactivate a person: they may sign in again")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public Person reactivate(
      @PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.reactivate(username, by());
  }

  @DELETE
  @Path("/{username}/failed-sign-ins")
  @Operation(
      summary =
          "Forget the person's failed sign-ins, so that they may try again at once from anywhere")
  @APIResponse(responseCode = "204", description = "Forgotten")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public void forgiveFailedSignIns(
      @PathParam("tenant") String tenant, @PathParam("username") String username) {
    people.forgiveFailedSignIns(username, by());
  }

  @POST
  @Path("/import-preview")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Read a staff list (CSV: "
              + PeopleImport.HEADER
              + ") and name every row's problems;"
              + " nothing is imported")
  @APIResponse(
      responseCode = "422",
      description = "Not a staff list at all (no header, too many rows)")
  public StaffList previewImport(@PathParam("tenant") String tenant, @NotNull String csv) {
    return staffLists.read(csv);
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Import a staff list: everyone or, with a wrong row, nobody, unless goodRowsOnly is true."
              + " Each person's first password is in this answer only; it takes about a quarter of a second per person")
  @APIResponse(responseCode = "201", description = "The people added, with their first passwords")
  @APIResponse(
      responseCode = "422",
      description = "Rows with problems, each named; nobody was imported")
  public Response importList(
      @PathParam("tenant") String tenant,
      @QueryParam("goodRowsOnly") @Pattern(regexp = "true|false") String goodRowsOnly,
      @NotNull String csv) {
    List<NewPerson> added =
        staffLists.importList(csv, "true".equals(goodRowsOnly), by(), made -> {});
    return Response.status(Response.Status.CREATED).entity(added).build();
  }

  @POST
  @Path("/{username}/password-reset")
  @Operation(
      summary =
          "Give a person a new first password (in this answer only); their sessions stop at once")
  @APIResponse(responseCode = "404", description = "No such person in the caller's tenant")
  public NewPerson resetPassword(
      @PathParam("tenant") String tenant, @PathParam("username") String username) {
    return people.resetPassword(username, by());
  }

  private String by() {
    return caller.getUserPrincipal().getName();
  }
}
