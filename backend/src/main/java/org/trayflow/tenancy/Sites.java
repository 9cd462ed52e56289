package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.trayflow.tenancy.persistence.Site;

/** The hospitals and campuses of the tenant in scope; never another tenant's. */
@ApplicationScoped
@Transactional
public class Sites {

  @Inject EntityManager em;

  public List<TenantSummary.SiteSummary> listSites() {
    return em.createQuery("select s from Site s where s.active = true order by s.slug", Site.class)
        .getResultStream()
        .map(site -> new TenantSummary.SiteSummary(site.slug(), site.name()))
        .toList();
  }
}
