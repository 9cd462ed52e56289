package org.trayflow.platform.redis;

import org.trayflow.tenantconfig.Slug;

/**
 * Names Redis keys so that every key carries its tenant. The tenant sits in a hash tag ({@code
 * {...}}) so that, on Redis Cluster, one tenant's keys share a slot and a script may touch several
 * of them.
 */
public final class TenantKey {

  private TenantKey() {}

  public static String of(Slug tenant, String name) {
    return "trayflow:{" + tenant.value() + "}:" + name;
  }
}
