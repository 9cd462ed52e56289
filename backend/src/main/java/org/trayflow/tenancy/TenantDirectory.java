package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trayflow.audit.AuditLog;
import org.trayflow.platform.tenant.AcrossTenants;
import org.trayflow.tenancy.persistence.Site;
import org.trayflow.tenancy.persistence.Tenant;
import org.trayflow.tenancy.persistence.TenantRecords;
import org.trayflow.tenantconfig.HospitalIdentityProvider;
import org.trayflow.tenantconfig.Slug;

/** Looks up the hospitals that use Trayflow: a platform operation, across tenants. */
@ApplicationScoped
@AcrossTenants
@Transactional
public class TenantDirectory {

  @Inject TenantRecords tenants;
  @Inject ConfigurationApplier configurations;
  @Inject Event<HospitalSuspension> suspensions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Optional<TenantSummary> findTenant(@NotNull Slug slug) {
    return tenants.withSites(slug.value()).map(TenantDirectory::summaryOf);
  }

  /** The tenant whose rows are tagged with this id, for features that keep tenant ids. */
  public Optional<TenantSummary> findTenant(long id) {
    return tenants.withSites(id).map(TenantDirectory::summaryOf);
  }

  /** Every tenant's slug by the id its rows are tagged with. */
  public Map<Long, String> slugsById() {
    return tenants.slugsById();
  }

  /** The internal id by which a tenant's rows are tagged and its scope entered. */
  public Optional<Long> findTenantId(@NotNull Slug slug) {
    return tenants.idOf(slug.value());
  }

  /** The hospital's own identity provider, if the configuration in force names one. */
  public Optional<HospitalIdentityProvider> identityProviderOf(@NotNull Slug slug) {
    return findTenantId(slug)
        .flatMap(configurations::latestVersion)
        .flatMap(version -> TenantConfigurations.read(version.document()).identityProvider());
  }

  /**
   * Nobody of the hospital signs in or orders from now on: what they are signed in with stops at
   * once (the {@link HospitalSuspension} is observed in this transaction). Nothing of it is
   * deleted.
   */
  public TenantSummary suspend(@NotNull Slug slug, @NotBlank String suspendedBy) {
    Tenant tenant = tenant(slug);
    if (tenant.suspendedAt().isEmpty()) {
      tenant.suspend(clock.instant());
      suspensions.fire(new HospitalSuspension(tenant.id()));
      audit.record(suspendedBy, "tenant.suspended", tenant.slug());
    }
    return summaryOf(tenant);
  }

  /** Its people sign in again, as they were. */
  public TenantSummary reactivate(@NotNull Slug slug, @NotBlank String reactivatedBy) {
    Tenant tenant = tenant(slug);
    if (tenant.suspendedAt().isPresent()) {
      tenant.reactivate();
      audit.record(reactivatedBy, "tenant.reactivated", tenant.slug());
    }
    return summaryOf(tenant);
  }

  private Tenant tenant(Slug slug) {
    return tenants.toChange(slug.value()).orElseThrow(() -> new TenantNotFound(slug.value()));
  }

  public List<TenantSummary> listTenants() {
    return tenants.all().stream().map(TenantDirectory::summaryOf).toList();
  }

  private static TenantSummary summaryOf(Tenant tenant) {
    List<TenantSummary.SiteSummary> sites =
        tenant.sites().stream().map(TenantDirectory::summaryOf).toList();
    return new TenantSummary(
        tenant.slug(),
        tenant.name(),
        tenant.timeZone(),
        tenant.locale(),
        sites,
        tenant.suspendedAt());
  }

  private static TenantSummary.SiteSummary summaryOf(Site site) {
    return new TenantSummary.SiteSummary(site.slug(), site.name());
  }
}
