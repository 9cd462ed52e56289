package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.trayflow.audit.AuditLog;
import org.trayflow.identity.persistence.Accounts;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;

/**
 * A person replaces their password with one they choose: their first or reset one, or one they
 * suspect is known. The current password is checked by sign-in's own rules (slowed after failures,
 * taking turns), so that a session left open is no way to guess it; what else they were signed in
 * with stops, this sign-in goes on.
 */
@ApplicationScoped
public class OwnPasswords {

  @Inject SignIn signIn;
  @Inject Passwords passwords;
  @Inject Chosen chosen;

  /**
   * Callable from any scope, a signed-in person's request included: it takes the scopes it needs
   * itself.
   *
   * @return the same sign-in under the credentials the change made
   */
  public SignedInUser change(
      @NotNull String username,
      @NotNull char[] current,
      @NotNull char[] replacement,
      @NotNull SignInSource from) {
    return TenantScope.outside(() -> changeInNoScope(username, current, replacement, from));
  }

  private SignedInUser changeInNoScope(
      String username, char[] current, char[] replacement, SignInSource from) {
    SignedInUser proven = signIn.signIn(username, current, from);
    var broken =
        PasswordRules.broken(proven.username(), new String(replacement), new String(current));
    if (!broken.isEmpty()) {
      throw new PasswordNotAllowed(broken);
    }
    String hash = passwords.hash(replacement); // half a second of CPU, outside any transaction
    int version =
        proven
            .tenantId()
            .map(
                tenant ->
                    TenantScope.asTenant(
                        tenant,
                        new Slug(proven.tenantSlug().orElseThrow()),
                        () -> chosen.store(proven, hash)))
            .orElseGet(() -> chosen.storeForPlatformStaff(proven, hash));
    return proven.withOwnPassword(version);
  }

  /**
   * The write: tenant people's in their tenant's scope, platform staff's (who have none) across
   * tenants.
   */
  @ApplicationScoped
  static class Chosen {

    @Inject Accounts accounts;
    @Inject Event<CredentialsChanged> credentials;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @Transactional
    int store(SignedInUser who, String hash) {
      UserAccount account = accounts.find(who.userId()).orElseThrow();
      account.choosePassword(hash, clock.instant());
      credentials.fire(new CredentialsChanged(account.username(), account.credentialVersion()));
      audit.record(account.username(), "password.chosen", account.username());
      return account.credentialVersion();
    }

    @Transactional
    @AcrossTenants
    int storeForPlatformStaff(SignedInUser who, String hash) {
      return store(who, hash);
    }
  }
}
