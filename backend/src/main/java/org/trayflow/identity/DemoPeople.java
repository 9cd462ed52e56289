package org.trayflow.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trayflow.identity.persistence.Accounts;
import org.trayflow.identity.persistence.UserAccount;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.DemoTenantsReady;

/**
 * One demo person per role for each demo hospital, plus platform staff, all with the password the
 * run command chose ({@code trayflow.demo-users.password}) and printed. Without that setting there
 * are no demo people: no installation gets a known password by default.
 */
@ApplicationScoped
@AcrossTenants
public class DemoPeople {

  private static final Logger LOG = Logger.getLogger(DemoPeople.class.getName());
  private static final Set<Role> HOSPITAL_ROLES =
      EnumSet.of(
          Role.STAFF, Role.WARD_STAFF, Role.DIETITIAN, Role.KITCHEN_MANAGER, Role.TENANT_ADMIN);

  @Inject
  @ConfigProperty(name = "trayflow.demo-users.password")
  Optional<String> password;

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Clock clock;
  @Inject Event<CredentialsChanged> credentials;

  void onDemoTenantsReady(@Observes DemoTenantsReady ready, DemoPeople self) {
    self.createFor(ready);
  }

  /** Called through the bean so that the scope and transaction interceptors apply. */
  @Transactional
  public void createFor(DemoTenantsReady ready) {
    if (password.filter(p -> !p.isBlank()).isEmpty()) {
      return;
    }
    for (DemoTenantsReady.DemoTenant tenant : ready.tenants()) {
      for (Role role : HOSPITAL_ROLES) {
        ensure(tenant.id(), usernameOf(role) + "@" + tenant.slug(), role);
      }
    }
    ensure(null, usernameOf(Role.PLATFORM_ADMIN), Role.PLATFORM_ADMIN);
    ensure(null, usernameOf(Role.OPS), Role.OPS);
  }

  /** {@code kitchen-manager}, {@code ward-staff}, … */
  public static String usernameOf(Role role) {
    return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private void ensure(Long tenantId, String username, Role role) {
    char[] demoPassword = password.orElseThrow().toCharArray();
    Optional<UserAccount> existing = accounts.named(username);
    if (existing.isEmpty()) {
      String displayName =
          "Demo "
              + role.name().charAt(0)
              + role.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      accounts.add(
          UserAccount.create(
              tenantId, username, displayName, passwords.hash(demoPassword), false, Set.of(role)));
      LOG.info(() -> "Created demo user " + username);
    } else if (!passwords.matches(demoPassword, Optional.of(existing.get().passwordHash()))) {
      // a new run's password: the last run's sign-ins end
      existing.get().choosePassword(passwords.hash(demoPassword), clock.instant());
      credentials.fire(new CredentialsChanged(username, existing.get().credentialVersion()));
    }
  }
}
