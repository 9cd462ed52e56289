package org.trayflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of docs/architecture.md: checked on the classes of every module that goes
 * into the WAR.
 */
@AnalyzeClasses(packages = "org.trayflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule tenant_configuration_stands_alone =
      noClasses()
          .that()
          .resideInAPackage("org.trayflow.tenantconfig..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("org.trayflow.tenantconfig..", "java..", "org.yaml..")
          .because("tenant-config is plain Java: no Liberty, JPA or backend types");

  @ArchTest
  static final ArchRule vaadin_stays_in_the_ui =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.trayflow.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule jax_rs_stays_in_rest_packages =
      noClasses()
          .that()
          .resideOutsideOfPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..")
          .because("services are called from REST, Vaadin and batch alike");

  @ArchTest
  static final ArchRule ui_and_batch_use_feature_apis_not_entities =
      noClasses()
          .that()
          .resideInAnyPackage("org.trayflow.ui..", "org.trayflow.batch..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..persistence..", "jakarta.persistence..");

  @ArchTest
  static final ArchRule entities_do_not_leave_their_feature =
      noClasses()
          .that()
          .resideInAPackage("..rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..persistence..")
          .because("REST resources return records, never entity dumps");
}
