package org.trayflow.identity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.trayflow.platform.HospitalLocale;

/**
 * Who is signed in: enough to scope every request to their tenant and to decide what they may see.
 * Kept in the HTTP session, hence serializable.
 *
 * @param username the principal's name, unique across tenants ({@code client:…} for an API client)
 * @param tenantId absent for platform staff, as are the tenant's slug and time zone
 * @param locale what their screens are written in: their language, with their hospital's formats
 * @param credentialVersion the version of their credentials this sign-in was made under: once it is
 *     older than the newest, the sign-in is over (CredentialVersions)
 * @param signedInWith what they proved who they are with
 */
public record SignedInUser(
    long userId,
    String username,
    String displayName,
    Optional<Long> tenantId,
    Optional<String> tenantSlug,
    Optional<ZoneId> timeZone,
    Locale locale,
    Set<Role> roles,
    int credentialVersion,
    SignedInWith signedInWith)
    implements Serializable {

  public SignedInUser {
    roles = Set.copyOf(roles);
  }

  /**
   * Signed in with a password Trayflow chose for them: they choose their own before anything else.
   */
  public boolean mustChoosePassword() {
    return signedInWith == SignedInWith.GIVEN_PASSWORD;
  }

  /**
   * Whether Trayflow holds a password of theirs that they could change (not for hospital accounts).
   */
  public boolean hasTrayflowPassword() {
    return signedInWith == SignedInWith.OWN_PASSWORD || signedInWith == SignedInWith.GIVEN_PASSWORD;
  }

  /**
   * The same sign-in after the person chose their own password, under the credential version that
   * made.
   */
  public SignedInUser withOwnPassword(int newCredentialVersion) {
    return new SignedInUser(
        userId,
        username,
        displayName,
        tenantId,
        tenantSlug,
        timeZone,
        locale,
        roles,
        newCredentialVersion,
        SignedInWith.OWN_PASSWORD);
  }

  /** The same sign-in, its screens now in this language (the person chose it). */
  public SignedInUser speaking(String language) {
    return new SignedInUser(
        userId,
        username,
        displayName,
        tenantId,
        tenantSlug,
        timeZone,
        HospitalLocale.forPerson(language, locale),
        roles,
        credentialVersion,
        signedInWith);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
