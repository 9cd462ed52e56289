package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.trayflow.audit.AuditLog;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.persistence.Tenant;
import org.trayflow.tenantconfig.TenantConfiguration;

/** Brings a hospital organisation onto Trayflow from its configuration file. */
@ApplicationScoped
@AcrossTenants
@Transactional
public class TenantRegistration {

  /**
   * Any number; it only has to be the same on every app instance that may register tenants at once.
   */
  private static final long REGISTRATION_LOCK = 0x7472617966L;

  @Inject EntityManager em;
  @Inject ConfigurationApplier applier;
  @Inject AuditLog audit;

  /**
   * Creates the tenant and its sites unless a tenant with that slug exists.
   *
   * @return whether the tenant was created
   */
  public boolean registerIfAbsent(
      @NotNull TenantConfiguration configuration, @NotNull String registeredBy) {
    // Several instances start together in a scaled-out deployment: serialise them on one
    // transaction-scoped advisory lock so that none fails on the unique slug.
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, REGISTRATION_LOCK)
        .getSingleResult();
    boolean exists =
        !em.createQuery("select t.id from Tenant t where t.slug = :slug")
            .setParameter("slug", configuration.slug().value())
            .getResultList()
            .isEmpty();
    if (exists) {
      return false;
    }
    Tenant tenant =
        new Tenant(
            configuration.slug().value(), configuration.name(), configuration.timeZone().getId());
    em.persist(tenant);
    applier.apply(tenant, configuration, registeredBy, "registered");
    audit.record(registeredBy, "tenant.registered", configuration.slug().value());
    return true;
  }
}
