package org.trayflow.ui.signin;

import java.util.Map;
import java.util.Optional;
import org.trayflow.identity.HospitalAccount;

/**
 * The ID token that Liberty's OpenID Connect client verified for the current request.
 *
 * <p>Liberty publishes this through its API class {@code PropagationHelper}, which apps see at run
 * time but whose jar is not on Maven Central; so it is reached by name here, in this one place.
 */
final class LibertyIdToken {

  private static final String PROPAGATION_HELPER =
      "com.ibm.websphere.security.openidconnect.PropagationHelper";
  private static final String ID_TOKEN = "com.ibm.websphere.security.openidconnect.token.IdToken";

  private LibertyIdToken() {}

  static Optional<HospitalAccount> ofThisRequest() {
    try {
      Object token = Class.forName(PROPAGATION_HELPER).getMethod("getIdToken").invoke(null);
      if (token == null) {
        return Optional.empty();
      }
      Class<?> idToken = Class.forName(ID_TOKEN);
      String issuer = (String) idToken.getMethod("getIssuer").invoke(token);
      @SuppressWarnings("unchecked")
      Map<String, Object> claims =
          (Map<String, Object>) idToken.getMethod("getAllClaims").invoke(token);
      return Optional.of(new HospitalAccount(issuer, claims));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Liberty's OpenID Connect client API did not give the request's ID token", e);
    }
  }
}
