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
import org.trayflow.identity.persistence.ApiClient;
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

  /** An API client's credentials (OAuth client credentials); refused like a person's, revoked ones included. */
  @Transactional
  public SignedInUser signInClient(@NotNull String clientId, @NotNull char[] secret) {
    Optional<ApiClient> found = em.createQuery("select c from ApiClient c where c.clientId = :c", ApiClient.class)
        .setParameter("c", clientId.strip())
        .getResultStream()
        .findFirst()
        .filter(ApiClient::active);
    if (found.isEmpty()) {
      passwords.spendTheTimeOfAVerification(secret);
      throw new SignInRefused();
    }
    ApiClient client = found.get();
    if (!passwords.matches(secret, client.secretHash())) {
      throw new SignInRefused();
    }
    Object[] tenant = tenantOf(client.tenantId());
    return new SignedInUser(client.id(), "client:" + client.clientId(), client.name(), Optional.of(client.tenantId()),
        Optional.of((String) tenant[0]), Optional.of(ZoneId.of((String) tenant[1])), client.roles());
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
