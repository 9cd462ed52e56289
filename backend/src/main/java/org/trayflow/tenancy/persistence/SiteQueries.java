package org.trayflow.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.trayflow.platform.persistence.Row;
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
            "select s.slug as site, l.slug as location, l.name as name, l.kind as kind"
                + " from SiteLocation l, Site s where l.siteId = s.id and l.active = true"
                + " and s.active = true order by s.slug, l.name",
            Tuple.class)
        .getResultStream()
        .map(Row::new)
        .forEach(
            row ->
                bySite
                    .computeIfAbsent(row.text("site"), site -> new ArrayList<>())
                    .add(
                        new LocationSummary(
                            row.text("location"), row.text("name"), row.text("kind"))));
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
    em.createQuery("select s.id as id, s.slug as text from Site s", Tuple.class)
        .getResultStream()
        .map(Row::new)
        .forEach(row -> slugs.put(row.whole("id"), row.text("text")));
    return slugs;
  }

  @Override
  public Map<Long, String> siteSlugs(Collection<Long> ids) {
    return pairs("select s.id as id, s.slug as text from Site s where s.id in :ids", ids);
  }

  @Override
  public Map<Long, String> locationSlugs(Collection<Long> ids) {
    return pairs("select l.id as id, l.slug as text from SiteLocation l where l.id in :ids", ids);
  }

  @Override
  public Map<Long, String> locationNames(Collection<Long> ids) {
    return pairs("select l.id as id, l.name as text from SiteLocation l where l.id in :ids", ids);
  }

  /** The text of each of these ids, as the query selects them ({@code id} and {@code text}). */
  private Map<Long, String> pairs(String jpql, Collection<Long> ids) {
    Map<Long, String> pairs = new HashMap<>();
    if (ids.isEmpty()) {
      return pairs;
    }
    em.createQuery(jpql, Tuple.class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(Row::new)
        .forEach(row -> pairs.put(row.whole("id"), row.text("text")));
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
