package org.trayflow.tenantconfig;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one tenant's configuration file (YAML, see {@code docs/tenant-configuration.md}).
 *
 * <p>Every problem in the file is reported at once, each naming its field, so that an administrator
 * fixes a file in one pass instead of one error per attempt.
 */
public final class TenantConfigurationReader {

  private static final Set<String> TENANT_FIELDS = Set.of("slug", "name", "timeZone", "sites");
  private static final Set<String> SITE_FIELDS = Set.of("slug", "name");

  public TenantConfiguration read(String source, Reader yaml) {
    Object document = parse(source, yaml);
    List<ConfigurationProblem> problems = new ArrayList<>();
    if (!(document instanceof Map<?, ?> root)) {
      problems.add(new ConfigurationProblem("(document)", "must be a mapping of tenant fields"));
      throw new InvalidTenantConfiguration(source, problems);
    }
    Fields tenant = new Fields("", root, TENANT_FIELDS, problems);
    Slug slug = tenant.slug("slug");
    String name = tenant.text("name");
    ZoneId timeZone = zone(tenant, "timeZone");
    List<SiteConfiguration> sites = sites(tenant, problems);
    if (!problems.isEmpty()) {
      throw new InvalidTenantConfiguration(source, problems);
    }
    return new TenantConfiguration(slug, name, timeZone, sites);
  }

  private static Object parse(String source, Reader yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (yaml) {
      return new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new InvalidTenantConfiguration(
          source, List.of(new ConfigurationProblem("(document)", "is not well-formed YAML: " + e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ZoneId zone(Fields tenant, String field) {
    String id = tenant.text(field);
    if (id == null) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      tenant.problem(field, "'" + id + "' is not a known time zone (use a region such as Europe/London)");
      return null;
    }
  }

  private static List<SiteConfiguration> sites(Fields tenant, List<ConfigurationProblem> problems) {
    List<Map<?, ?>> entries = tenant.list("sites");
    if (entries != null && entries.isEmpty()) {
      tenant.problem("sites", "must list at least one site");
    }
    List<SiteConfiguration> sites = new ArrayList<>();
    Set<Slug> seen = new HashSet<>();
    for (int i = 0; entries != null && i < entries.size(); i++) {
      Fields site = new Fields("sites[" + i + "].", entries.get(i), SITE_FIELDS, problems);
      Slug slug = site.slug("slug");
      if (slug != null && !seen.add(slug)) {
        site.problem("slug", "'" + slug + "' is used by another site of this tenant");
      }
      sites.add(new SiteConfiguration(slug, site.text("name")));
    }
    return sites;
  }
}
