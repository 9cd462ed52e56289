package org.trayflow.menus.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.menus.CatalogueFilter;
import org.trayflow.menus.MenuCatalogue;

/** The kitchen's catalogue of dishes. */
@Path("/v1/t/{tenant}/menu-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("KITCHEN_MANAGER")
public class MenuItemsResource {

  @Inject MenuCatalogue catalogue;

  @GET
  @Operation(summary = "The catalogue, searched by words of the name, category and diet tag")
  public List<MenuItemBody> items(
      @PathParam("tenant") String tenant,
      @QueryParam("q") String words,
      @QueryParam("category") String category,
      @QueryParam("diet") String diet,
      @QueryParam("activeOnly") boolean activeOnly) {
    return catalogue
        .listItems(
            new CatalogueFilter(
                Optional.ofNullable(words),
                Optional.ofNullable(category),
                Optional.ofNullable(diet),
                activeOnly))
        .stream()
        .map(MenuItemBody::of)
        .toList();
  }

  @GET
  @Path("/{item}")
  @Operation(summary = "One dish of the catalogue")
  @APIResponse(responseCode = "404", description = "No such dish in the caller's tenant")
  public MenuItemBody item(@PathParam("tenant") String tenant, @PathParam("item") long item) {
    return MenuItemBody.of(catalogue.item(item));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a dish to the catalogue")
  @APIResponse(responseCode = "201", description = "The dish as stored")
  @APIResponse(responseCode = "400", description = "Each invalid field named")
  @APIResponse(
      responseCode = "422",
      description = "A diet tag the hospital does not use, or a name already taken")
  public Response addItem(@PathParam("tenant") String tenant, @NotNull @Valid MenuItemBody body) {
    return Response.status(Response.Status.CREATED)
        .entity(MenuItemBody.of(catalogue.addItem(body.details())))
        .build();
  }

  @PUT
  @Path("/{item}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a dish; menus already published keep what they were published with")
  public MenuItemBody changeItem(
      @PathParam("tenant") String tenant,
      @PathParam("item") long item,
      @NotNull @Valid MenuItemBody body) {
    return MenuItemBody.of(catalogue.changeItem(item, body.details()));
  }
}
