package org.trayflow.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.identity.AccessTokens;
import org.trayflow.identity.IssuedToken;
import org.trayflow.identity.SignIn;

/** Exchanges a name and password for a bearer token (the same sign-in rules as the web UI, lock-out included). */
@Path("/v1/auth/token")
@RequestScoped
@PermitAll
public class TokenResource {

  @Inject SignIn signIn;
  @Inject AccessTokens tokens;

  /** What a client sends. */
  public record Credentials(@NotBlank String username, @NotBlank String password) {}

  /** What it gets back (OAuth 2.0 token response names). */
  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") int expiresIn) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A bearer token for the signed-in person")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "400", description = "Name or password missing")
  @APIResponse(responseCode = "401", description = "Sign-in refused")
  public TokenResponse token(@NotNull @Valid Credentials credentials) {
    IssuedToken issued = tokens.issue(signIn.signIn(credentials.username(), credentials.password().toCharArray()));
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
