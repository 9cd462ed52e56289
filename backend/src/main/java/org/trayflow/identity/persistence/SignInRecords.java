package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.trayflow.identity.SignedInUser;
import org.trayflow.identity.SignedInWith;
import org.trayflow.platform.HospitalLocale;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.TenantDirectory;
import org.trayflow.tenancy.TenantSummary;

/**
 * What sign-in reads of accounts and API clients, each read a short transaction of its own: the
 * password check between them takes half a second of CPU and must not hold a database connection
 * while it runs or waits.
 */
@ApplicationScoped
@AcrossTenants
@Transactional
public class SignInRecords {

  /**
   * An account's or client's stored hash, and whom it signs in as once the password matches.
   *
   * @param hospitalSuspended the platform suspended the principal's hospital: a right password is
   *     refused all the same
   */
  public record Candidate(String passwordHash, SignedInUser signsInAs, boolean hospitalSuspended) {}

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject TenantDirectory tenants;

  /** The active account of this (already normalised) name. */
  public Optional<Candidate> person(String username) {
    return account(username)
        .filter(UserAccount::active)
        .map(
            account -> {
              Optional<TenantOf> tenant = account.tenantId().map(this::tenantOf);
              SignedInWith with =
                  account.mustChangePassword()
                      ? SignedInWith.GIVEN_PASSWORD
                      : SignedInWith.OWN_PASSWORD;
              return new Candidate(
                  account.passwordHash(),
                  signedIn(account, tenant, with),
                  tenant.map(TenantOf::suspended).orElse(false));
            });
  }

  /** The active API client of this id. */
  public Optional<Candidate> client(String clientId) {
    return em.createQuery("select c from ApiClient c where c.clientId = :c", ApiClient.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst()
        .filter(ApiClient::active)
        .map(
            client -> {
              TenantOf tenant = tenantOf(client.tenantId());
              return new Candidate(
                  client.secretHash(),
                  new SignedInUser(
                      client.id(),
                      "client:" + client.clientId(),
                      client.name(),
                      Optional.of(client.tenantId()),
                      Optional.of(tenant.slug()),
                      Optional.of(tenant.timeZone()),
                      tenant.locale(),
                      client.roles(),
                      client.credentialVersion(),
                      SignedInWith.CLIENT_SECRET),
                  tenant.suspended());
            });
  }

  /**
   * The active account of this name in this tenant, not suspended, as its hospital's identity
   * provider signs it in.
   */
  public Optional<SignedInUser> personOf(String username, Optional<Long> tenantId) {
    return account(username)
        .filter(account -> account.tenantId().equals(tenantId))
        .filter(UserAccount::active)
        .flatMap(
            account -> {
              Optional<TenantOf> tenant = account.tenantId().map(this::tenantOf);
              if (tenant.map(TenantOf::suspended).orElse(false)) {
                return Optional.empty();
              }
              return Optional.of(signedIn(account, tenant, SignedInWith.HOSPITAL_ACCOUNT));
            });
  }

  /**
   * When the person ({@link SignedInUser#userId()}) last signed in, for their hospital's activity.
   */
  public void signedIn(long accountId) {
    em.createQuery("update UserAccount u set u.lastSignedInAt = :now where u.id = :id")
        .setParameter("now", clock.instant())
        .setParameter("id", accountId)
        .executeUpdate();
  }

  private Optional<UserAccount> account(String username) {
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private static SignedInUser signedIn(
      UserAccount account, Optional<TenantOf> tenant, SignedInWith with) {
    return new SignedInUser(
        account.id(),
        account.username(),
        account.displayName(),
        account.tenantId(),
        tenant.map(TenantOf::slug),
        tenant.map(TenantOf::timeZone),
        HospitalLocale.forPerson(
            account.language(), tenant.map(TenantOf::locale).orElse(HospitalLocale.FORMATS)),
        account.roles(),
        account.credentialVersion(),
        with);
  }

  private record TenantOf(String slug, ZoneId timeZone, Locale locale, boolean suspended) {}

  private TenantOf tenantOf(long tenantId) {
    TenantSummary tenant = tenants.findTenant(tenantId).orElseThrow();
    return new TenantOf(
        tenant.slug(),
        ZoneId.of(tenant.timeZone()),
        Locale.forLanguageTag(tenant.locale()),
        tenant.suspendedSince().isPresent());
  }
}
