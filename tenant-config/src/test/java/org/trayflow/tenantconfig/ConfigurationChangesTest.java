package org.trayflow.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConfigurationChangesTest {

  @Test
  void the_same_configuration_has_no_changes() {
    assertThat(ConfigurationChanges.between(read(TenantFile.valid()), read(TenantFile.valid())))
        .isEmpty();
  }

  @Test
  void each_changed_part_is_named() {
    TenantConfiguration after =
        read(
            TenantFile.valid()
                .replace("defaultPortions: 300", "defaultPortions: 350")
                .replace("name: St Elsewhere", "name: St Elsewhere University Hospital")
                .replace(
                    "    locations:\n",
                    "    locations:\n      - {slug: ward-2, name: Ward 2, kind: ward}\n"));

    assertThat(ConfigurationChanges.between(read(TenantFile.valid()), after))
        .containsExactly("name changed", "meal period lunch changed", "site main changed");
  }

  @Test
  void added_and_removed_meal_periods_are_told_apart() {
    TenantConfiguration before = read(TenantFile.valid());
    TenantConfiguration after =
        read(TenantFile.valid().replace("id: breakfast", "id: early-breakfast"));

    assertThat(ConfigurationChanges.between(before, after))
        .containsExactly("meal period early-breakfast added", "meal period breakfast removed");
  }

  @Test
  void adding_an_identity_provider_is_a_change() {
    TenantConfiguration after =
        read(
            TenantFile.valid()
                .replace(
                    "name: St Elsewhere",
                    "name: St Elsewhere\nidentityProvider: {issuer: \"https://idp.example\", usernameClaim: email}"));

    assertThat(ConfigurationChanges.between(read(TenantFile.valid()), after))
        .containsExactly("identity provider changed");
  }

  @Test
  void a_change_of_patient_care_alone_is_a_change_and_never_dropped_as_the_same_file() {
    TenantConfiguration before =
        read(
            TenantFile.valid()
                .replace(
                    "name: St Elsewhere", "name: St Elsewhere\npatients: {recordSystems: [PAS]}"));
    TenantConfiguration after =
        read(
            TenantFile.valid()
                .replace(
                    "name: St Elsewhere",
                    "name: St Elsewhere\npatients: {recordSystems: [PAS, EHR], mealOrderingRoles: [kitchen-manager],"
                        + " houseDiet: {diets: [regular], foodLevel: 7, drinkLevel: 0}}"));

    assertThat(ConfigurationChanges.between(before, after))
        .containsExactly(
            "patients' house diet changed",
            "record systems changed",
            "roles that order patients' meals changed");
  }

  private static TenantConfiguration read(TenantFile file) {
    return new TenantConfigurationReader().read("test.yaml", new StringReader(file.yaml()));
  }
}
