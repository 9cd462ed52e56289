package org.trayflow.platform.redis;

import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.Slug;

/**
 * Names Redis keys so that every key carries its tenant. The tenant sits in a hash tag ({@code
 * {...}}) so that, on Redis Cluster, one tenant's keys share a slot and a script may touch several
 * of them.
 */
public final class TenantKey {

  private TenantKey() {}

  /** A key of the tenant in scope, for work within one tenant. */
  public static String of(String name) {
    return of(TenantScope.requiredSlug(), name);
  }

  /** A key of a tenant named as data, for platform work that goes through every tenant. */
  public static String of(Slug tenant, String name) {
    return "trayflow:{" + tenant.value() + "}:" + name;
  }
}
