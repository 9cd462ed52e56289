package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trayflow.tenantconfig.DemoTenants;
import org.trayflow.tenantconfig.TenantConfiguration;

/** Loads the demo hospitals on a fresh installation, once; switched off in production by configuration. */
@ApplicationScoped
class DemoTenantsOnStartup {

  private static final Logger LOG = Logger.getLogger(DemoTenantsOnStartup.class.getName());

  @Inject
  @ConfigProperty(name = "trayflow.demo-tenants.enabled", defaultValue = "true")
  boolean enabled;

  @Inject TenantRegistration registration;

  void load(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    if (!enabled) {
      return;
    }
    for (TenantConfiguration tenant : DemoTenants.all()) {
      if (registration.registerIfAbsent(tenant)) {
        LOG.info(() -> "Registered demo tenant " + tenant.slug());
      }
    }
  }
}
