package org.trayflow.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.trayflow.identity.AccessTokens;
import org.trayflow.identity.IssuedToken;
import org.trayflow.identity.PasswordToChoose;
import org.trayflow.identity.SignIn;
import org.trayflow.identity.SignInSource;
import org.trayflow.identity.SignedInUser;

/**
 * Exchanges a person's name and password (the web UI's sign-in rules, slowed after failures) or an
 * API client's credentials for a bearer token.
 */
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
  @APIResponse(
      responseCode = "403",
      description =
          "A first or reset password: choose your own first"
              + " (/api/v1/auth/password), or the hospital is suspended")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed sign-ins for this name or from here: wait" + " Retry-After seconds")
  @APIResponse(
      responseCode = "503",
      description = "Many sign-ins at once: try again after Retry-After seconds")
  public TokenResponse token(
      @NotNull @Valid Credentials credentials, @Context HttpServletRequest request) {
    SignedInUser person =
        signIn.signIn(
            credentials.username(),
            credentials.password().toCharArray(),
            new SignInSource(request.getRemoteAddr()));
    if (person.mustChoosePassword()) {
      throw new PasswordToChoose();
    }
    return bearer(tokens.issue(person));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A bearer token for an API client (OAuth 2.0 client credentials grant)")
  @APIResponse(responseCode = "200", description = "The token")
  @APIResponse(responseCode = "400", description = "Not a client credentials request")
  @APIResponse(responseCode = "401", description = "Unknown, revoked or wrong credentials")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed tries: wait Retry-After seconds")
  public TokenResponse clientToken(
      @FormParam("grant_type") @NotNull @Pattern(regexp = "client_credentials") String grantType,
      @FormParam("client_id") @NotBlank String clientId,
      @FormParam("client_secret") @NotBlank String clientSecret,
      @Context HttpServletRequest request) {
    return bearer(
        tokens.issue(
            signIn.signInClient(
                clientId, clientSecret.toCharArray(), new SignInSource(request.getRemoteAddr()))));
  }

  private static TokenResponse bearer(IssuedToken issued) {
    return new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
