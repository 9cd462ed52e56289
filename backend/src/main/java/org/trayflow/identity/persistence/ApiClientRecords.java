package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.trayflow.platform.tenant.TenantScope;

/** The tenant's API clients ({@code api_client}); callers hold the transaction. */
@ApplicationScoped
public class ApiClientRecords {

  @Inject EntityManager em;

  public void add(ApiClient client) {
    em.persist(client);
  }

  /** The tenant's clients, oldest first. */
  public List<ApiClient> ofTenant() {
    return em.createQuery(
            "select c from ApiClient c where c.tenantId = :t order by c.createdAt", ApiClient.class)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultList();
  }

  public Optional<ApiClient> find(String clientId) {
    return em.createQuery(
            "select c from ApiClient c where c.clientId = :c and c.tenantId = :t", ApiClient.class)
        .setParameter("c", clientId)
        .setParameter("t", TenantScope.requiredTenant())
        .getResultStream()
        .findFirst();
  }
}
