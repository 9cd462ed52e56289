package org.trayflow.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.trayflow.platform.tenant.TenantClaims;

/**
 * Issues MicroProfile JWT bearer tokens for the API, signed with Trayflow's private key; Liberty's
 * mpJwt feature verifies them with the matching public key ({@code mp.jwt.verify.publickey}). A
 * token carries the person's roles ({@code groups}), tenant and credential version, and lives
 * {@value #LIFETIME_MINUTES} minutes, or until the credential version moves on
 * (CredentialVersions).
 */
@ApplicationScoped
public class AccessTokens {

  public static final String ISSUER = "trayflow";
  public static final String AUDIENCE = "trayflow";
  static final int LIFETIME_MINUTES = 15;

  /** The claim naming the credential version a token was issued under (decision 0014). */
  public static final String CREDENTIAL_VERSION = "cv";

  @Inject
  @ConfigProperty(name = "trayflow.jwt.private-key")
  Optional<String> privateKeyPem;

  private PrivateKey signingKey;

  @PostConstruct
  void readKey() {
    signingKey = privateKeyPem.filter(pem -> !pem.isBlank()).map(AccessTokens::parse).orElse(null);
  }

  public IssuedToken issue(SignedInUser user) {
    if (signingKey == null) {
      throw new TokensNotConfigured();
    }
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setGeneratedJwtId();
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(LIFETIME_MINUTES);
    claims.setSubject(user.username());
    claims.setClaim("upn", user.username());
    claims.setStringListClaim("groups", user.roles().stream().map(Role::name).sorted().toList());
    claims.setClaim(CREDENTIAL_VERSION, user.credentialVersion());
    user.tenantId().ifPresent(id -> claims.setClaim(TenantClaims.TENANT_ID, id));
    user.tenantSlug().ifPresent(slug -> claims.setClaim(TenantClaims.TENANT, slug));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return new IssuedToken(jws.getCompactSerialization(), LIFETIME_MINUTES * 60);
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
  }

  /**
   * A PKCS#8 PEM private key; line breaks may have been folded into spaces by configuration files.
   */
  private static PrivateKey parse(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "trayflow.jwt.private-key is not an RSA private key in PKCS#8 PEM form", e);
    }
  }
}
