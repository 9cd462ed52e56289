package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RedissonClient;
import org.trayflow.platform.redis.TenantKey;
import org.trayflow.tenantconfig.Slug;

/**
 * Keeps each tenant's number of sites in Redis, where dashboards read it without touching
 * PostgreSQL. A small stand-in for the precomputed figures that batch jobs keep there.
 */
@ApplicationScoped
public class SiteCensus {

  private static final String KEY = "site-count";

  @Inject TenantDirectory directory;
  @Inject RedissonClient redis;

  /**
   * @return how many tenants were counted
   */
  public int recordSiteCounts() {
    List<TenantSummary> tenants = directory.listTenants();
    tenants.forEach(t -> counter(new Slug(t.slug())).set(t.sites().size()));
    return tenants.size();
  }

  public Optional<Long> recordedSiteCount(@NotNull Slug tenant) {
    RAtomicLong counter = counter(tenant);
    return counter.isExists() ? Optional.of(counter.get()) : Optional.empty();
  }

  public void forget(@NotNull Slug tenant) {
    counter(tenant).delete();
  }

  private RAtomicLong counter(Slug tenant) {
    return redis.getAtomicLong(TenantKey.of(tenant, KEY));
  }
}
