package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.trayflow.audit.AuditLog;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.persistence.Tenant;
import org.trayflow.tenancy.persistence.TenantRecords;
import org.trayflow.tenantconfig.TenantConfiguration;

/** Brings a hospital organisation onto Trayflow from its configuration file. */
@ApplicationScoped
@AcrossTenants
@Transactional
public class TenantRegistration {

  @Inject TenantRecords tenants;
  @Inject ConfigurationApplier applier;
  @Inject AuditLog audit;

  /**
   * Creates the tenant and its sites unless a tenant with that slug exists.
   *
   * @return whether the tenant was created
   */
  public boolean registerIfAbsent(
      @NotNull TenantConfiguration configuration, @NotNull String registeredBy) {
    tenants.serialiseRegistrations();
    boolean exists = tenants.idOf(configuration.slug().value()).isPresent();
    if (exists) {
      return false;
    }
    Tenant tenant =
        Tenant.create(
            configuration.slug().value(),
            configuration.name(),
            configuration.timeZone().getId(),
            configuration.locale().toLanguageTag());
    tenants.add(tenant);
    applier.apply(tenant, configuration, registeredBy, "registered");
    audit.record(registeredBy, "tenant.registered", configuration.slug().value());
    return true;
  }
}
