package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.trayflow.identity.CredentialsChanged;
import org.trayflow.tenancy.HospitalSuspension;

/**
 * A suspended hospital's people and API clients are signed out in the suspension's own transaction:
 * every session and token of theirs stops on every instance (decision 0014), and sign-in refuses
 * them until the hospital is back.
 */
@ApplicationScoped
class SuspendedHospitalSignIns {

  @Inject EntityManager em;
  @Inject Event<CredentialsChanged> credentials;
  @Inject Clock clock;

  void endEverySignIn(@Observes HospitalSuspension suspension) {
    Instant now = clock.instant();
    em.createQuery("select u from UserAccount u where u.tenantId = :t", UserAccount.class)
        .setParameter("t", suspension.tenantId())
        .getResultStream()
        .forEach(
            account -> {
              account.endSignIns(now);
              credentials.fire(
                  new CredentialsChanged(account.username(), account.credentialVersion()));
            });
    em.createQuery("select c from ApiClient c where c.tenantId = :t", ApiClient.class)
        .setParameter("t", suspension.tenantId())
        .getResultStream()
        .forEach(
            client -> {
              client.endTokens(now);
              credentials.fire(
                  new CredentialsChanged(
                      "client:" + client.clientId(), client.credentialVersion()));
            });
  }
}
