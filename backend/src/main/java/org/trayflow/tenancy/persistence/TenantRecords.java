package org.trayflow.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.trayflow.platform.persistence.Row;

/**
 * The hospital organisations ({@code tenant}), with their sites where a summary needs them. Callers
 * hold the transaction, across tenants.
 */
@ApplicationScoped
public class TenantRecords {

  /** Any number; it only has to be the same on every app instance that may register tenants. */
  private static final long REGISTRATION_LOCK = 0x7472617966L;

  @Inject EntityManager em;

  /**
   * Until the transaction ends, other registrations wait: instances that start together in a
   * scaled-out deployment do not race on the unique slug.
   */
  public void serialiseRegistrations() {
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, REGISTRATION_LOCK)
        .getSingleResult();
  }

  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  public Optional<Tenant> withSites(String slug) {
    return em.createQuery(
            "select t from Tenant t left join fetch t.sites where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Tenant> withSites(long id) {
    return em.createQuery(
            "select t from Tenant t left join fetch t.sites where t.id = :id", Tenant.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Tenant find(long id) {
    return em.find(HospitalRow.class, id);
  }

  /** The tenant, locked to be changed. */
  public Tenant toChange(long id) {
    return em.find(HospitalRow.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The tenant, locked to be changed. */
  public Optional<Tenant> toChange(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Long> idOf(String slug) {
    return em.createQuery("select t.id from Tenant t where t.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Map<Long, String> slugsById() {
    return em.createQuery("select t.id as id, t.slug as slug from Tenant t", Tuple.class)
        .getResultStream()
        .map(Row::new)
        .collect(Collectors.toMap(row -> row.whole("id"), row -> row.text("slug")));
  }

  /** Every tenant with its sites, by name. */
  public List<Tenant> all() {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.sites order by t.name", Tenant.class)
        .getResultList();
  }
}
