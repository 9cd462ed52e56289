package org.trayflow.ui;

import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.TenantConfiguration;

/**
 * The signed-in person's hospital as its people call it ("Riverside Regional Health"), for
 * headings, never its slug; read from the configuration in force, within the person's own tenant
 * scope.
 */
public final class HospitalName {

  private HospitalName() {}

  public static String of(TenantConfigurations configurations) {
    return configurations.configuration().map(TenantConfiguration::name).orElse("your hospital");
  }
}
