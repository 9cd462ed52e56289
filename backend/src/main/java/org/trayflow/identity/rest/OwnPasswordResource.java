package org.trayflow.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.identity.OwnPasswords;
import org.trayflow.identity.SignInSource;

/**
 * A person chooses their own password with the one they have: their first or reset one (which gets
 * no token), or their own. The current password is checked as signing in checks it, so it needs no
 * token of its own.
 */
@Path("/v1/auth/password")
@RequestScoped
@PermitAll
public class OwnPasswordResource {

  @Inject OwnPasswords passwords;

  /** The person, the password they have, and the one they choose. */
  public record Change(
      @NotBlank String username, @NotBlank String currentPassword, @NotBlank String newPassword) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose a new password; every other sign-in and token of the person stops")
  @APIResponse(responseCode = "204", description = "Chosen: ask for a token with it")
  @APIResponse(responseCode = "401", description = "The user name or current password is not right")
  @APIResponse(responseCode = "422", description = "The new password breaks a rule; each is named")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed tries: wait Retry-After seconds")
  public void change(@NotNull @Valid Change change, @Context HttpServletRequest request) {
    passwords.change(
        change.username(),
        change.currentPassword().toCharArray(),
        change.newPassword().toCharArray(),
        new SignInSource(request.getRemoteAddr()));
  }
}
