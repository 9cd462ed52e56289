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
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenantconfig.HospitalIdentityProvider;
import org.trayflow.tenantconfig.Slug;

/**
 * Checks a person's name and password, or their hospital identity provider's word. Repeated password failures
 * lock the account for a while; failures are recorded even though the sign-in is refused.
 */
@ApplicationScoped
@AcrossTenants
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject EntityManager em;
  @Inject Passwords passwords;
  @Inject Clock clock;
  @Inject TenantDirectory tenants;

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
    return signedIn(account);
  }

  /**
   * Signs a person in to the tenant whose identity provider vouched for them: the token must come from the
   * provider the tenant configured, and its user-name claim must name an active account of that tenant. A
   * locked account stays locked: the lock-out also guards against a compromised hospital account.
   */
  @Transactional(dontRollbackOn = HospitalSignInRefused.class)
  public SignedInUser signInWithHospitalAccount(@NotNull Slug tenant, @NotNull HospitalAccount proven) {
    HospitalIdentityProvider provider = tenants.identityProviderOf(tenant)
        .orElseThrow(() -> new HospitalSignInRefused("'" + tenant + "' has no hospital sign-in."));
    if (!provider.issuer().toString().equals(proven.issuer())) {
      LOG.warning(() -> "Hospital sign-in to " + tenant + " refused: token issued by " + proven.issuer());
      throw new HospitalSignInRefused("This sign-in did not come from the identity provider of '" + tenant + "'.");
    }
    String username = proven.claim(provider.usernameClaim()).map(n -> n.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new HospitalSignInRefused("Your hospital account has no " + provider.usernameClaim()
            + ", which Trayflow needs to find your account."));
    Optional<Long> tenantId = tenants.findTenantId(tenant);
    return findAccount(username)
        .filter(account -> account.tenantId().equals(tenantId))
        .filter(account -> account.active() && !account.isLockedAt(clock.instant()))
        .map(account -> {
          account.recordSuccessfulSignIn();
          return signedIn(account);
        })
        .orElseThrow(() -> new HospitalSignInRefused("There is no active Trayflow account '" + username + "' at '"
            + tenant + "'. Your hospital's Trayflow administrator can add you."));
  }

  private SignedInUser signedIn(UserAccount account) {
    Optional<Object[]> tenant = account.tenantId().map(this::tenantOf);
    return new SignedInUser(account.id(), account.username(), account.displayName(), account.tenantId(),
        tenant.map(t -> (String) t[0]), tenant.map(t -> ZoneId.of((String) t[1])), account.roles(),
        account.credentialVersion());
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
        Optional.of((String) tenant[0]), Optional.of(ZoneId.of((String) tenant[1])), client.roles(),
        client.credentialVersion());
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
