package org.trayflow.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.trayflow.identity.HospitalAccount;
import org.trayflow.identity.HospitalSignInRefused;
import org.trayflow.identity.SignIn;
import org.trayflow.tenantconfig.Slug;

/**
 * Where a person arrives back from their hospital's identity provider: {@code /sso/{tenant}/}.
 * Liberty's OpenID Connect client configured for that tenant guards the path ({@code
 * docs/openid-connect.md}), so a request that gets here carries a verified ID token. Trayflow signs
 * the person in to its own session and then ends the container's sign-in, so that signing out of
 * Trayflow signs out for real.
 */
@WebServlet(urlPatterns = HospitalSignInServlet.PATH + "*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class HospitalSignInServlet extends HttpServlet {

  static final String PATH = "/sso/";

  @Inject SignIn signIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    // The trailing slash lets Liberty's authFilter tell st-mungos/ from st-mungos-east/ by
    // "contains".
    String tenant = request.getPathInfo() == null ? "" : request.getPathInfo().replace("/", "");
    if (!Slug.isWellFormed(tenant)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HospitalAccount proven =
        LibertyIdToken.ofThisRequest()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No ID token with the request: is "
                            + PATH
                            + tenant
                            + "/ guarded by an"
                            + " openidConnectClient?"));
    request.logout();
    try {
      var user = signIn.signInWithHospitalAccount(new Slug(tenant), proven);
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(CurrentUser.ATTRIBUTE, user);
      // the start page goes on to the page asked for before signing in, if the person's roles open
      // it
      ReturnAfterSignIn.rememberIn(session, request.getParameter(ReturnAfterSignIn.RETURN));
      response.sendRedirect(request.getContextPath() + "/");
    } catch (HospitalSignInRefused refused) {
      request
          .getSession(true)
          .setAttribute(LoginView.HOSPITAL_SIGN_IN_REFUSED, refused.getMessage());
      response.sendRedirect(request.getContextPath() + "/login");
    }
  }
}
