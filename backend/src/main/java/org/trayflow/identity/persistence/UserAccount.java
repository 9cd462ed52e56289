package org.trayflow.identity.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.trayflow.identity.Role;

/**
 * A person who signs in. Not mapped with Hibernate's tenant discriminator: platform staff have no
 * tenant, and sign-in must find a name before any tenant is known; row-level security still keeps a
 * hospital's people to that hospital (V4 migration).
 */
public interface UserAccount {

  /**
   * @param mustChangePassword whether the password was chosen for the person rather than by them
   */
  static UserAccount create(
      Long tenantId,
      String username,
      String displayName,
      String passwordHash,
      boolean mustChangePassword,
      Set<Role> roles) {
    return new UserAccountRow(
        tenantId, username, displayName, passwordHash, mustChangePassword, roles);
  }

  /** Tokens and sessions issued with the old roles stop at once; so do the next two. */
  void replaceRoles(Set<Role> newRoles, Instant now);

  void deactivate(Instant now);

  /**
   * What they are signed in with stops; nothing else about them changes (their hospital was
   * suspended).
   */
  void endSignIns(Instant now);

  /**
   * Back at work: they sign in again with their password, or a new one if it was reset meanwhile.
   */
  void reactivate();

  /**
   * A password Trayflow chose and an administrator saw: the person replaces it at the next sign-in.
   */
  void givePasswordToChange(String newHash, Instant now);

  /** The person's own password: what they signed in with elsewhere stops, this sign-in goes on. */
  void choosePassword(String newHash, Instant now);

  void describe(
      String newDisplayName, Optional<String> newEmail, String newLanguage, Set<Long> newSiteIds);

  int credentialVersion();

  Long id();

  Optional<Long> tenantId();

  String username();

  String displayName();

  String passwordHash();

  boolean active();

  boolean mustChangePassword();

  Optional<String> email();

  String language();

  Set<Long> siteIds();

  Optional<Instant> lastSignedInAt();

  Set<Role> roles();
}
