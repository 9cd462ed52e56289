package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;
import org.trayflow.identity.persistence.ApiClient;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.AcrossTenants;

/**
 * What sign-in reads of accounts and API clients, each read a short transaction of its own: the password check
 * between them takes half a second of CPU and must not hold a database connection while it runs or waits.
 */
@ApplicationScoped
@AcrossTenants
@Transactional
class SignInRecords {

  /** An account's or client's stored hash, and whom it signs in as once the password matches. */
  record Candidate(String passwordHash, SignedInUser signsInAs) {}

  @Inject EntityManager em;

  /** The active account of this (already normalised) name. */
  Optional<Candidate> person(String username) {
    return account(username).filter(UserAccount::active)
        .map(account -> new Candidate(account.passwordHash(), signedIn(account)));
  }

  /** The active API client of this id. */
  Optional<Candidate> client(String clientId) {
    return em.createQuery("select c from ApiClient c where c.clientId = :c", ApiClient.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst()
        .filter(ApiClient::active)
        .map(client -> {
          Object[] tenant = tenantOf(client.tenantId());
          return new Candidate(client.secretHash(), new SignedInUser(client.id(), "client:" + client.clientId(),
              client.name(), Optional.of(client.tenantId()), Optional.of((String) tenant[0]),
              Optional.of(ZoneId.of((String) tenant[1])), client.roles(), client.credentialVersion()));
        });
  }

  /** The active account of this name in this tenant, as it signs in. */
  Optional<SignedInUser> personOf(String username, Optional<Long> tenantId) {
    return account(username).filter(account -> account.tenantId().equals(tenantId))
        .filter(UserAccount::active)
        .map(this::signedIn);
  }

  private Optional<UserAccount> account(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private SignedInUser signedIn(UserAccount account) {
    Optional<Object[]> tenant = account.tenantId().map(this::tenantOf);
    return new SignedInUser(account.id(), account.username(), account.displayName(), account.tenantId(),
        tenant.map(t -> (String) t[0]), tenant.map(t -> ZoneId.of((String) t[1])), account.roles(),
        account.credentialVersion());
  }

  /** The tenant's slug and time zone. */
  private Object[] tenantOf(long tenantId) {
    return em.createQuery("select t.slug, t.timeZone from Tenant t where t.id = :id", Object[].class)
        .setParameter("id", tenantId)
        .getSingleResult();
  }
}
