package org.trayflow.localservices;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.identity.DemoPeople;
import org.trayflow.identity.Role;
import org.trayflow.tenantconfig.DemoTenants;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The demo people's names and a password chosen afresh for each run, never written in the
 * repository.
 */
final class DemoUsers {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 16;

  private DemoUsers() {}

  static String newPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  static List<String> usernames() {
    List<String> names = new ArrayList<>();
    names.add(DemoPeople.usernameOf(Role.PLATFORM_ADMIN));
    names.add(DemoPeople.usernameOf(Role.OPS));
    for (TenantConfiguration tenant : DemoTenants.all()) {
      for (Role role :
          List.of(
              Role.TENANT_ADMIN,
              Role.KITCHEN_MANAGER,
              Role.WARD_STAFF,
              Role.DIETITIAN,
              Role.STAFF)) {
        names.add(DemoPeople.usernameOf(role) + "@" + tenant.slug());
      }
    }
    return names;
  }
}
