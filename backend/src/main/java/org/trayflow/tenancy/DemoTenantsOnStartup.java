package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trayflow.tenantconfig.DemoTenants;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * Loads the demo hospitals on a fresh installation, once; switched off in production by
 * configuration.
 */
@ApplicationScoped
class DemoTenantsOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoTenantsOnStartup.class.getName());

  @Inject
  @ConfigProperty(name = "trayflow.demo-tenants.enabled", defaultValue = "true")
  boolean enabled;

  @Inject TenantRegistration registration;
  @Inject TenantDirectory directory;
  @Inject Event<DemoTenantsReady> ready;

  void load(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    if (!enabled) {
      return;
    }
    List<DemoTenantsReady.DemoTenant> tenants = new ArrayList<>();
    for (TenantConfiguration tenant : DemoTenants.all()) {
      if (registration.registerIfAbsent(tenant, "demo-loader")) {
        LOG.info(() -> "Registered demo tenant " + tenant.slug());
      }
      long id = directory.findTenantId(tenant.slug()).orElseThrow();
      tenants.add(new DemoTenantsReady.DemoTenant(id, tenant.slug().value()));
    }
    ready.fire(new DemoTenantsReady(tenants));
  }
}
