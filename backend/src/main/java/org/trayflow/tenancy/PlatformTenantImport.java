package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.util.List;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenantconfig.ConfigurationProblem;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.tenantconfig.Slug;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.tenantconfig.TenantConfigurationReader;

/**
 * Platform administrators bring a hospital organisation onto Trayflow, or update it, from its
 * configuration file: registration across tenants when it is new, then an ordinary import in the
 * tenant's own scope. Importing the same file again changes nothing.
 */
@ApplicationScoped
public class PlatformTenantImport {

  @Inject TenantRegistration registration;
  @Inject TenantDirectory directory;
  @Inject TenantConfigurations configurations;

  /** What the import did; {@code registered} when the tenant is new. */
  public record Outcome(boolean registered, ImportOutcome imported) {}

  public Outcome importTenant(@NotNull Slug slug, @NotNull String yaml, @NotBlank String actor) {
    TenantConfiguration configuration =
        new TenantConfigurationReader().read("the uploaded file", new StringReader(yaml));
    if (!configuration.slug().equals(slug)) {
      throw new InvalidTenantConfiguration(
          "the uploaded file",
          List.of(
              new ConfigurationProblem(
                  "slug",
                  "is '" + configuration.slug() + "', but the file was sent for '" + slug + "'")));
    }
    if (registration.registerIfAbsent(configuration, actor)) {
      return new Outcome(true, new ImportOutcome(1, List.of("registered")));
    }
    return new Outcome(
        false,
        TenantScope.asTenant(tenantId(slug), slug, () -> configurations.importFile(yaml, actor)));
  }

  public String exportTenant(@NotNull Slug slug) {
    return TenantScope.asTenant(tenantId(slug), slug, configurations::current)
        .map(CurrentConfiguration::document)
        .orElseThrow(() -> new TenantNotFound(slug.value()));
  }

  private long tenantId(Slug slug) {
    return directory.findTenantId(slug).orElseThrow(() -> new TenantNotFound(slug.value()));
  }
}
