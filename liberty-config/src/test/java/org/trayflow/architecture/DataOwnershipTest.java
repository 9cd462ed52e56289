package org.trayflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Each feature is the only one to touch its data (docs/architecture.md, "Who owns which data"):
 * database access lives in the feature's {@code persistence} package, which only the feature uses,
 * and features do not depend on each other in a circle. A feature's services work with an entity
 * through its public interface; the mapped class stays package-private (decision 0019).
 */
@AnalyzeClasses(packages = "org.trayflow", importOptions = ImportOption.DoNotIncludeTests.class)
class DataOwnershipTest {

  @ArchTest
  static final ArchRule database_access_stays_in_persistence_packages =
      noClasses()
          .that()
          .resideOutsideOfPackage("..persistence..")
          .should()
          .dependOnClassesThat()
          .haveNameMatching(
              "jakarta\\.persistence\\.(EntityManager|EntityManagerFactory|Query|TypedQuery"
                  + "|StoredProcedureQuery)|org\\.hibernate\\.(Session|StatelessSession)")
          .because("SQL and the EntityManager are the persistence package's own");

  @ArchTest
  static final ArchRule a_features_persistence_is_used_by_the_feature_alone =
      classes()
          .that()
          .resideInAPackage("org.trayflow.*.persistence..")
          .and()
          .resideOutsideOfPackage("org.trayflow.platform..")
          .should(beUsedOnlyWithinTheirFeature())
          .because("another feature asks through the owner's published queries, never its rows");

  @ArchTest
  static final ArchRule features_do_not_depend_on_each_other_in_a_circle =
      slices().matching("org.trayflow.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule entities_are_not_public =
      classes()
          .that()
          .areAnnotatedWith("jakarta.persistence.Entity")
          .should()
          .notBePublic()
          .because("rows are mapped in their feature's persistence package and go no further");

  private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature() {
    return new ArchCondition<>("be used only within their feature") {
      @Override
      public void check(JavaClass persistence, ConditionEvents events) {
        String feature = featureOf(persistence);
        for (Dependency use : persistence.getDirectDependenciesToSelf()) {
          String user = use.getOriginClass().getPackageName();
          if (!(user.equals(feature) || user.startsWith(feature + "."))) {
            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
          }
        }
      }
    };
  }

  /** org.trayflow.ordering for org.trayflow.ordering.persistence. */
  private static String featureOf(JavaClass persistence) {
    String name = persistence.getPackageName();
    return name.substring(0, name.indexOf(".persistence"));
  }
}
