package org.trayflow.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.identity.PeopleToNotify;
import org.trayflow.identity.Role;
import org.trayflow.platform.tenant.TenantScope;

@ApplicationScoped
@Transactional
class PeopleToNotifyQuery implements PeopleToNotify {

  @Inject EntityManager em;

  @Override
  public List<String> withAnyRole(Set<Role> roles) {
    return em.createQuery(
            "select distinct a.username from UserAccount a join a.roles r"
                + " where a.tenantId = :tenant and a.active = true and r in :roles"
                + " order by a.username",
            String.class)
        .setParameter("tenant", TenantScope.requiredTenant())
        .setParameter("roles", roles)
        .getResultList();
  }

  @Override
  public Map<String, Contact> contactsOf(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select a from UserAccount a where a.tenantId = :tenant and a.active = true"
                + " and a.username in :names",
            UserAccount.class)
        .setParameter("tenant", TenantScope.requiredTenant())
        .setParameter("names", usernames)
        .getResultStream()
        .collect(
            Collectors.toMap(
                UserAccount::username, a -> new Contact(a.username(), a.email(), a.language())));
  }
}
