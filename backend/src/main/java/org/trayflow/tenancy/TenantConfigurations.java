package org.trayflow.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.trayflow.audit.AuditLog;
import org.trayflow.platform.tenant.TenantScope;
import org.trayflow.tenancy.persistence.ConfigurationRecords;
import org.trayflow.tenancy.persistence.ConfigurationVersion;
import org.trayflow.tenancy.persistence.Tenant;
import org.trayflow.tenancy.persistence.TenantRecords;
import org.trayflow.tenantconfig.ConfigurationChanges;
import org.trayflow.tenantconfig.ConfigurationProblem;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.tenantconfig.TenantConfigurationReader;
import org.trayflow.tenantconfig.TenantConfigurationWriter;

/**
 * The configuration of the tenant in scope: read it, see its history, import a new version. Changes
 * take effect as soon as they are committed: a version read before is used only once PostgreSQL
 * says it is still the newest.
 */
@ApplicationScoped
@Transactional
public class TenantConfigurations {

  @Inject TenantRecords tenants;
  @Inject ConfigurationRecords records;
  @Inject ConfigurationApplier applier;
  @Inject AuditLog audit;
  @Inject @Any Instance<RemovalCheck> removalChecks;
  @Inject ConfigurationsInForce inForce;

  public Optional<CurrentConfiguration> current() {
    return applier
        .latestVersion(TenantScope.requiredTenant())
        .map(
            v -> new CurrentConfiguration(v.version(), v.document(), v.changedBy(), v.changedAt()));
  }

  /** The configuration in force, as the tenant administrator's forms edit it. */
  public Optional<TenantConfiguration> configuration() {
    return inForce.now(TenantScope.requiredTenant()).map(ConfigurationInForce::configuration);
  }

  /**
   * The configuration in force as this instance last read it, with its sites' and locations' ids,
   * without asking PostgreSQL when it is known: for the checkout, which must not pay a read per
   * order, and confirms it inside its own transaction with {@link #confirm}.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<ConfigurationInForce> lastRead() {
    long tenant = TenantScope.requiredTenant();
    return inForce.lastRead(tenant).or(() -> inForce.now(tenant));
  }

  /**
   * The configuration is still the one in force, as of now: inside the transaction that acts on it,
   * or before answering with what was decided on it.
   *
   * @throws ConfigurationChanged when a newer version was committed since it was read; the caller's
   *     transaction rolls back, and deciding again on {@link #lastRead()} is right
   */
  public void confirm(@NotNull ConfigurationInForce used) {
    inForce.confirm(TenantScope.requiredTenant(), used);
  }

  /** The meal periods in force, with their ordering windows and cut-offs. */
  public List<MealPeriod> mealPeriods() {
    return configuration().map(TenantConfiguration::mealPeriods).orElse(List.of());
  }

  /**
   * Applies a form's edit to the configuration in force, checked exactly as an imported file is:
   * the problems name the same fields ({@code mealPeriods[1].cutOff}).
   *
   * @throws InvalidTenantConfiguration naming every problem; nothing is stored then
   */
  public ImportOutcome change(
      @NotNull UnaryOperator<TenantConfiguration> edit, @NotBlank String changedBy) {
    TenantConfiguration edited =
        edit.apply(
            configuration()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "tenant " + TenantScope.requiredTenant() + " has no configuration")));
    StringWriter file = new StringWriter();
    new TenantConfigurationWriter().write(edited, file);
    return importFile(file.toString(), changedBy);
  }

  /**
   * What importing the file would change, what it would remove that is in use, and its diff against
   * the file in force; nothing is stored.
   *
   * @throws InvalidTenantConfiguration naming every problem
   */
  public ConfigurationPreview preview(@NotNull String yaml) {
    Tenant tenant = tenants.find(TenantScope.requiredTenant());
    TenantConfiguration wanted = checked(tenant, yaml);
    Optional<ConfigurationVersion> inForce = applier.latestVersion(tenant.id());
    if (inForce.isEmpty()) {
      return new ConfigurationPreview(List.of("first version"), List.of(), List.of());
    }
    TenantConfiguration current = read(inForce.get().document());
    ConfigurationRemovals removals = ConfigurationRemovals.between(current, wanted);
    List<String> warnings =
        removalChecks.stream().flatMap(check -> check.warningsFor(removals).stream()).toList();
    return new ConfigurationPreview(
        ConfigurationChanges.between(current, wanted),
        warnings,
        DiffLine.between(inForce.get().document(), ConfigurationApplier.canonical(wanted)));
  }

  /**
   * A version of the history against the one before it, line by line (the first against nothing).
   */
  public List<DiffLine> diffOf(int version) {
    String after = documentOf(version);
    String before = version > 1 ? documentOf(version - 1) : "";
    return DiffLine.between(before, after);
  }

  /**
   * Makes an earlier version's file the configuration in force again, as a new version: the history
   * keeps everything in between.
   */
  public ImportOutcome rollBackTo(int version, @NotBlank String rolledBackBy) {
    String document = documentOf(version);
    ImportOutcome outcome = importFile(document, rolledBackBy);
    if (outcome.changedAnything()) {
      audit.record(
          rolledBackBy,
          "configuration.rolled-back",
          "version " + outcome.version() + " restores the file of version " + version);
    }
    return outcome;
  }

  private String documentOf(int version) {
    return records
        .documentOf(TenantScope.requiredTenant(), version)
        .orElseThrow(() -> new ConfigurationVersionNotFound(version));
  }

  public List<ConfigurationChange> history() {
    return records.history(TenantScope.requiredTenant()).stream()
        .map(v -> new ConfigurationChange(v.version(), v.changedBy(), v.changedAt(), v.summary()))
        .toList();
  }

  /**
   * Checks the file and, if it differs from the configuration in force, makes it the next version.
   * Importing the same file twice changes nothing.
   *
   * @throws InvalidTenantConfiguration naming every problem; nothing is stored then
   */
  public ImportOutcome importFile(@NotNull String yaml, @NotBlank String changedBy) {
    Tenant tenant = tenants.toChange(TenantScope.requiredTenant());
    TenantConfiguration wanted = checked(tenant, yaml);
    Optional<ConfigurationVersion> inForce = applier.latestVersion(tenant.id());
    List<String> changes =
        inForce
            .map(v -> ConfigurationChanges.between(read(v.document()), wanted))
            .orElse(List.of("first version"));
    if (changes.isEmpty()) {
      return new ImportOutcome(inForce.orElseThrow().version(), List.of());
    }
    String summary = String.join("; ", changes);
    int version = applier.apply(tenant, wanted, changedBy, summary);
    audit.record(changedBy, "configuration.imported", "version " + version + ": " + summary);
    return new ImportOutcome(version, changes);
  }

  private static TenantConfiguration checked(Tenant tenant, String yaml) {
    TenantConfiguration wanted =
        new TenantConfigurationReader().read("the uploaded file", new StringReader(yaml));
    if (!wanted.slug().value().equals(tenant.slug())) {
      throw new InvalidTenantConfiguration(
          "the uploaded file",
          List.of(
              new ConfigurationProblem(
                  "slug",
                  "is '"
                      + wanted.slug()
                      + "', but this is the configuration of '"
                      + tenant.slug()
                      + "'")));
    }
    return wanted;
  }

  static TenantConfiguration read(String document) {
    return new TenantConfigurationReader()
        .read("the stored configuration", new StringReader(document));
  }
}
