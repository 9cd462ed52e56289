package org.trayflow.tenantconfig;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demonstration hospitals shipped with Trayflow, so that a fresh installation has something to
 * show.
 */
public final class DemoTenants {

  private static final String FOLDER = "/org/trayflow/tenantconfig/demo/";
  private static final List<String> FILES = List.of("st-mungos.yaml", "riverside.yaml");

  private DemoTenants() {}

  public static List<TenantConfiguration> all() {
    TenantConfigurationReader reader = new TenantConfigurationReader();
    return FILES.stream().map(file -> read(reader, file)).toList();
  }

  private static TenantConfiguration read(TenantConfigurationReader reader, String file) {
    InputStream in = DemoTenants.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException(
          "demo tenant file " + file + " is missing from the tenant-config jar");
    }
    return reader.read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
