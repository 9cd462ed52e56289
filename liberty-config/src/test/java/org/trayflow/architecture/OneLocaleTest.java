package org.trayflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.trayflow.platform.HospitalLocale;

/**
 * One locale policy (docs/architecture.md): dates, times and numbers are written in {@link
 * HospitalLocale}, or in a notification's own language, never in the JVM's default locale and never
 * in a locale named anywhere else.
 */
@AnalyzeClasses(packages = "org.trayflow", importOptions = ImportOption.DoNotIncludeTests.class)
class OneLocaleTest {

  @ArchTest
  static final ArchRule no_locale_is_named_but_the_hospitals =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(HospitalLocale.class.getName())
          .should()
          .accessFieldWhere(
              new DescribedPredicate<JavaFieldAccess>("a Locale constant other than ROOT") {
                @Override
                public boolean test(JavaFieldAccess access) {
                  return access.getTargetOwner().isEquivalentTo(Locale.class)
                      && !access.getName().equals("ROOT");
                }
              });

  @ArchTest
  static final ArchRule nothing_formats_in_the_default_locale =
      noClasses()
          .should()
          .callMethodWhere(
              new DescribedPredicate<JavaCall<?>>("a formatter of the JVM's default locale") {
                @Override
                public boolean test(JavaCall<?> call) {
                  String name = call.getName();
                  int parameters = call.getTarget().getRawParameterTypes().size();
                  boolean owner = call.getTargetOwner().isEquivalentTo(DateTimeFormatter.class);
                  boolean number = call.getTargetOwner().isEquivalentTo(NumberFormat.class);
                  boolean locale = call.getTargetOwner().isEquivalentTo(Locale.class);
                  return owner && name.equals("ofPattern") && parameters == 1
                      || number && name.endsWith("Instance") && parameters == 0
                      || locale && name.equals("getDefault");
                }
              });
}
