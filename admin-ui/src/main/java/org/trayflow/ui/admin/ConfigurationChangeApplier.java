package org.trayflow.ui.admin;

import static org.trayflow.ui.Translations.words;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.UnaryOperator;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenancy.ImportOutcome;
import org.trayflow.tenancy.TenantConfigurations;
import org.trayflow.tenantconfig.InvalidTenantConfiguration;
import org.trayflow.tenantconfig.TenantConfiguration;
import org.trayflow.ui.FieldProblems;
import org.trayflow.ui.signin.CurrentUser;

/**
 * Applies a form's change as the signed-in administrator; says what changed, or shows the problems.
 */
final class ConfigurationChangeApplier {

  private final TenantConfigurations configurations;
  private final FieldProblems problems;
  private final Runnable afterChange;

  ConfigurationChangeApplier(
      TenantConfigurations configurations, FieldProblems problems, Runnable afterChange) {
    this.configurations = configurations;
    this.problems = problems;
    this.afterChange = afterChange;
  }

  void apply(UnaryOperator<TenantConfiguration> change) {
    try {
      ImportOutcome outcome =
          configurations.change(change, CurrentUser.get().orElseThrow().username());
      Notification.show(
              outcome.changedAnything()
                  ? words(
                      "configuration.inForce",
                      outcome.version(),
                      String.join("; ", outcome.changes()))
                  : words("configuration.nothingChanged"),
              6000,
              Notification.Position.TOP_CENTER)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      afterChange.run();
    } catch (InvalidTenantConfiguration invalid) {
      problems.show(
          invalid.problems().stream()
              .map(p -> new ExpectedFailure.Detail(p.field(), p.reason()))
              .toList());
    }
  }
}
