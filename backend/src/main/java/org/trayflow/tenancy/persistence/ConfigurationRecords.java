package org.trayflow.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's configuration history ({@code tenant_configuration}) and the sites and locations it
 * sets ({@code site}, {@code location}). Callers hold the transaction.
 */
@ApplicationScoped
public class ConfigurationRecords {

  @Inject EntityManager em;

  public Optional<ConfigurationVersion> latestVersion(long tenantId) {
    return newestVersionStamp(tenantId).map(this::versionStamped);
  }

  /**
   * The row id of the tenant's newest version, read without its document: a cheap way to tell
   * whether a version known before is still the one in force.
   */
  public Optional<Long> newestVersionStamp(long tenantId) {
    return em.createQuery(
            "select v.id from ConfigurationVersion v where v.tenantId = :t order by v.version desc",
            Long.class)
        .setParameter("t", tenantId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public ConfigurationVersion versionStamped(long stamp) {
    return em.createQuery(
            "select v from ConfigurationVersion v where v.id = :id", ConfigurationVersion.class)
        .setParameter("id", stamp)
        .getSingleResult();
  }

  /** The active wards, departments and pick-up points of every active site of the tenant. */
  public List<SiteLocation> activeLocationsOf(long tenantId) {
    return em.createQuery(
            "select l from SiteLocation l, Site s where l.siteId = s.id and s.tenant.id = :t"
                + " and s.active = true and l.active = true",
            SiteLocation.class)
        .setParameter("t", tenantId)
        .getResultList();
  }

  public Optional<String> documentOf(long tenantId, int version) {
    return em.createQuery(
            "select v.document from ConfigurationVersion v where v.tenantId = :t"
                + " and v.version = :v",
            String.class)
        .setParameter("t", tenantId)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  /** Every version, newest first. */
  public List<ConfigurationVersion> history(long tenantId) {
    return em.createQuery(
            "select v from ConfigurationVersion v where v.tenantId = :t order by v.version desc",
            ConfigurationVersion.class)
        .setParameter("t", tenantId)
        .getResultList();
  }

  public void add(ConfigurationVersion version) {
    em.persist(version);
  }

  public List<Site> sitesOf(long tenantId) {
    return em.createQuery("select s from Site s where s.tenant.id = :t", Site.class)
        .setParameter("t", tenantId)
        .getResultList();
  }

  public void add(Site site) {
    em.persist(site);
  }

  public List<SiteLocation> locationsOf(long siteId) {
    return em.createQuery("select l from SiteLocation l where l.siteId = :s", SiteLocation.class)
        .setParameter("s", siteId)
        .getResultList();
  }

  public void add(SiteLocation location) {
    em.persist(location);
  }
}
