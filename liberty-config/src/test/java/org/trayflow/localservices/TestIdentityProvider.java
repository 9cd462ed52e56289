package org.trayflow.localservices;

/**
 * The hospital identity provider of the integration tests: an OpenID Connect provider that the
 * tests start on this machine, and the Liberty client that lets one demo tenant sign in through it.
 * The client is what an operator adds per tenant ({@code docs/openid-connect.md}); only the
 * plain-HTTP provider is test-only.
 */
public final class TestIdentityProvider {

  public static final int PORT = 9183;

  private TestIdentityProvider() {}

  /** The issuer that the test provider puts in the tokens it signs for a tenant's hospital. */
  public static String issuerFor(String tenant) {
    return "http://localhost:" + PORT + "/" + tenant + "-hospital";
  }

  /**
   * Liberty's client fetches a discovery document over HTTPS only, so the plain-HTTP test
   * provider's endpoints are given one by one; and the browser is sent back over HTTP, as the
   * tests' browser does not trust the server's self-signed certificate.
   */
  static String libertyClientFor(String tenant, int httpPort) {
    return """
          <openidConnectClient id="hospital-%1$s" authFilterRef="hospital-sign-in-%1$s"
                               issuerIdentifier="%2$s" authorizationEndpointUrl="%2$s/authorize"
                               tokenEndpointUrl="%2$s/token" jwkEndpointUrl="%2$s/jwks"
                               clientId="trayflow-%1$s" clientSecret="test-only-secret"
                               scope="openid email profile" signatureAlgorithm="RS256" userIdentifier="sub"
                               disableLtpaCookie="true" httpsRequired="false"
                               redirectToRPHostAndPort="http://localhost:%3$d"/>
          <authFilter id="hospital-sign-in-%1$s">
            <requestUrl id="hospital-sign-in-path-%1$s" urlPattern="/sso/%1$s/" matchType="contains"/>
          </authFilter>
        """
        .formatted(tenant, issuerFor(tenant), httpPort);
  }
}
