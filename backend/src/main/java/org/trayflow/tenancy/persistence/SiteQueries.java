package org.trayflow.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trayflow.tenancy.LocationSummary;
import org.trayflow.tenancy.Sites;
import org.trayflow.tenancy.TenantSummary;

@ApplicationScoped
@Transactional
class SiteQueries implements Sites {

  @Inject EntityManager em;

  @Override
  public Map<String, List<LocationSummary>> listLocations() {
    Map<String, List<LocationSummary>> bySite = new TreeMap<>();
    em.createQuery(
            "select s.slug, l.slug, l.name, l.kind from SiteLocation l, Site s"
                + " where l.siteId = s.id and l.active = true and s.active = true order by s.slug, l.name",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                bySite
                    .computeIfAbsent((String) row[0], site -> new ArrayList<>())
                    .add(new LocationSummary((String) row[1], (String) row[2], (String) row[3])));
    return bySite;
  }

  @Override
  public Optional<Long> findSiteId(String slug) {
    return em.createQuery(
            "select s.id from Site s where s.slug = :slug and s.active = true", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Long> findLocationId(long siteId, String slug) {
    return em.createQuery(
            "select l.id from SiteLocation l where l.siteId = :site and l.slug = :slug"
                + " and l.active = true",
            Long.class)
        .setParameter("site", siteId)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, String> slugsById() {
    Map<Long, String> slugs = new HashMap<>();
    em.createQuery("select s.id, s.slug from Site s", Object[].class)
        .getResultStream()
        .forEach(row -> slugs.put((Long) row[0], (String) row[1]));
    return slugs;
  }

  @Override
  public Map<Long, String> siteSlugs(Collection<Long> ids) {
    return pairs("select s.id, s.slug from Site s where s.id in :ids", ids);
  }

  @Override
  public Map<Long, String> locationSlugs(Collection<Long> ids) {
    return pairs("select l.id, l.slug from SiteLocation l where l.id in :ids", ids);
  }

  @Override
  public Map<Long, String> locationNames(Collection<Long> ids) {
    return pairs("select l.id, l.name from SiteLocation l where l.id in :ids", ids);
  }

  /** An id and a text for each of these ids, as the query selects them. */
  private Map<Long, String> pairs(String jpql, Collection<Long> ids) {
    Map<Long, String> pairs = new HashMap<>();
    if (ids.isEmpty()) {
      return pairs;
    }
    em.createQuery(jpql, Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .forEach(row -> pairs.put((Long) row[0], (String) row[1]));
    return pairs;
  }

  @Override
  public List<TenantSummary.SiteSummary> listSites() {
    return em.createQuery("select s from Site s where s.active = true order by s.slug", Site.class)
        .getResultStream()
        .map(site -> new TenantSummary.SiteSummary(site.slug(), site.name()))
        .toList();
  }
}
