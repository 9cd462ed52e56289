package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StarterConfigurationTest {

  @Test
  void
      a_hospital_from_the_short_form_has_its_names_zone_locale_and_site_and_reads_back_as_a_valid_file() {
    TenantConfiguration starter =
        StarterConfiguration.of(
            new Slug("north-general"),
            "North General Hospital",
            ZoneId.of("America/Chicago"),
            Locale.US,
            new Slug("main"),
            "Main building");
    StringWriter file = new StringWriter();
    new TenantConfigurationWriter().write(starter, file);

    TenantConfiguration read =
        new TenantConfigurationReader().read("starter", new StringReader(file.toString()));

    assertThat(read.slug().value()).isEqualTo("north-general");
    assertThat(read.name()).isEqualTo("North General Hospital");
    assertThat(read.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(read.locale()).isEqualTo(Locale.US);
    assertThat(read.sites())
        .singleElement()
        .satisfies(
            site -> {
              assertThat(site.slug().value()).isEqualTo("main");
              assertThat(site.name()).isEqualTo("Main building");
            });
    assertThat(read.mealPeriods())
        .extracting(meal -> meal.id().value())
        .containsExactly("breakfast", "lunch", "supper");
  }
}
