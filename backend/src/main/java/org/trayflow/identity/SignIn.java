package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.AcrossTenants;

/**
 * Checks a person's name and password. Repeated failures lock the account for a while; failures are
 * recorded even though the sign-in is refused.
 */
@ApplicationScoped
@AcrossTenants
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject EntityManager em;
  @Inject Passwords passwords;
  @Inject Clock clock;

  @Transactional(dontRollbackOn = SignInRefused.class)
  public SignedInUser signIn(@NotNull String username, @NotNull char[] password) {
    Instant now = clock.instant();
    Optional<UserAccount> found = findAccount(username.strip().toLowerCase(Locale.ROOT));
    if (found.isEmpty() || !found.get().active() || found.get().isLockedAt(now)) {
      passwords.spendTheTimeOfAVerification(password);
      throw new SignInRefused();
    }
    UserAccount account = found.get();
    if (!passwords.matches(password, account.passwordHash())) {
      if (account.recordFailedSignIn(now, SignInPolicy.ATTEMPTS_BEFORE_LOCK, SignInPolicy.LOCK)) {
        LOG.warning(() -> "Account " + account.username() + " locked after repeated failed sign-ins");
      }
      throw new SignInRefused();
    }
    account.recordSuccessfulSignIn();
    Optional<Object[]> tenant = account.tenantId().map(this::tenantOf);
    return new SignedInUser(account.id(), account.username(), account.displayName(), account.tenantId(),
        tenant.map(t -> (String) t[0]), tenant.map(t -> ZoneId.of((String) t[1])), account.roles());
  }

  private Optional<UserAccount> findAccount(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The tenant's slug and time zone. */
  private Object[] tenantOf(long tenantId) {
    return em.createQuery("select t.slug, t.timeZone from Tenant t where t.id = :id", Object[].class)
        .setParameter("id", tenantId)
        .getSingleResult();
  }
}
