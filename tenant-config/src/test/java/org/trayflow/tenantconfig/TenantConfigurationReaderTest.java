package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TenantConfigurationReaderTest {

  private final TenantConfigurationReader reader = new TenantConfigurationReader();

  @Test
  void a_well_formed_file_gives_the_tenant_and_its_sites() {
    TenantConfiguration tenant = read("""
        slug: st-elsewhere
        name: St Elsewhere
        timeZone: Europe/Dublin
        sites:
          - slug: main
            name: Main Hospital
          - slug: annex
            name: The Annex
        """);

    assertThat(tenant.slug()).isEqualTo(new Slug("st-elsewhere"));
    assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(tenant.sites()).extracting(SiteConfiguration::name).containsExactly("Main Hospital", "The Annex");
  }

  @Test
  void every_problem_is_reported_at_once_with_its_field() {
    InvalidTenantConfiguration invalid = readInvalid("""
        slug: Not A Slug
        timeZone: Mars/Olympus_Mons
        colour: blue
        sites:
          - slug: main
            name: Main
          - slug: main
          - 42
        """);

    assertThat(invalid.problems())
        .extracting(ConfigurationProblem::field)
        .containsExactlyInAnyOrder("colour", "slug", "name", "timeZone", "sites[1].slug", "sites[1].name", "sites[2]");
    assertThat(invalid.problems())
        .filteredOn(p -> p.field().equals("sites[1].slug"))
        .extracting(ConfigurationProblem::reason)
        .containsExactly("'main' is used by another site of this tenant");
  }

  @Test
  void a_tenant_without_sites_is_refused() {
    InvalidTenantConfiguration invalid = readInvalid("""
        slug: empty
        name: Empty Trust
        timeZone: UTC
        sites: []
        """);

    assertThat(invalid.problems()).containsExactly(new ConfigurationProblem("sites", "must list at least one site"));
  }

  @Test
  void malformed_yaml_is_reported_as_a_problem_not_a_crash() {
    InvalidTenantConfiguration invalid = readInvalid("slug: [unclosed");

    assertThat(invalid.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("(document)");
      assertThat(p.reason()).startsWith("is not well-formed YAML");
    });
  }

  @Test
  void duplicate_keys_are_refused_rather_than_silently_overwritten() {
    InvalidTenantConfiguration invalid = readInvalid("""
        slug: one
        slug: two
        """);

    assertThat(invalid.getMessage()).contains("duplicate key");
  }

  @Test
  void the_demo_tenants_are_valid_and_distinct() {
    assertThat(DemoTenants.all())
        .hasSizeGreaterThanOrEqualTo(2)
        .extracting(TenantConfiguration::slug)
        .doesNotHaveDuplicates();
    assertThat(DemoTenants.all()).allSatisfy(t -> assertThat(t.sites()).hasSizeGreaterThanOrEqualTo(2));
  }

  private TenantConfiguration read(String yaml) {
    return reader.read("test.yaml", new StringReader(yaml));
  }

  private InvalidTenantConfiguration readInvalid(String yaml) {
    return catchThrowableOfType(InvalidTenantConfiguration.class, () -> read(yaml));
  }
}
