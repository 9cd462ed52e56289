package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trayflow.identity.ApiClientSummary;
import org.trayflow.identity.CredentialsChanged;
import org.trayflow.identity.Role;
import org.trayflow.platform.tenant.TenantScope;

/** The tenant's API clients ({@code api_client}); callers hold the transaction. */
@ApplicationScoped
public class ApiClientRecords {

  @Inject EntityManager em;

  public void add(
      String clientId,
      String name,
      String secretHash,
      Set<Role> roles,
      String createdBy,
      Instant createdAt) {
    em.persist(
        new ApiClient(
            TenantScope.requiredTenant(), clientId, name, secretHash, roles, createdBy, createdAt));
  }

  /** The tenant's clients, oldest first. */
  public List<ApiClientSummary> ofTenant() {
    return em.createQuery(
            "select c from ApiClient c where c.tenantId = :t order by c.createdAt", ApiClient.class)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .map(
            c -> new ApiClientSummary(c.clientId(), c.name(), c.roles(), c.active(), c.createdAt()))
        .toList();
  }

  /**
   * Ends the client's tokens at once and for good.
   *
   * @return the change of its credentials, empty when the tenant has no such client
   */
  public Optional<CredentialsChanged> revoke(String clientId, Instant now) {
    return em.createQuery(
            "select c from ApiClient c where c.clientId = :c and c.tenantId = :t", ApiClient.class)
        .setParameter("c", clientId)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .findFirst()
        .map(
            client -> {
              client.revoke(now);
              return new CredentialsChanged(
                  "client:" + client.clientId(), client.credentialVersion());
            });
  }
}
