package org.trayflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trayflow.platform.DatabaseRefusal;
import org.trayflow.platform.ExpectedFailure;

/**
 * What a person sees when an action of theirs fails and the screen did not say why itself: a
 * failure Trayflow expects (a change that lost a race with a colleague's, say) in its own words;
 * anything else as "something went wrong" with a reference for support, logged in full. Never a
 * stack trace on a ward terminal.
 */
@ApplicationScoped
class FailureNotices {

  private static final Logger LOG = Logger.getLogger(FailureNotices.class.getName());

  void install(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(FailureNotices::show));
  }

  private static void show(ErrorEvent error) {
    Throwable failure = error.getThrowable();
    String message =
        expected(failure)
            .map(ExpectedFailure::getMessage)
            .orElseGet(
                () -> {
                  String reference = UUID.randomUUID().toString();
                  LOG.log(
                      Level.SEVERE,
                      "Unexpected failure in the web UI, reference " + reference,
                      failure);
                  return "Something went wrong on our side and nothing was saved. Quote reference "
                      + reference
                      + " when you contact support.";
                });
    UI ui = UI.getCurrent();
    if (ui != null) {
      Notification notice = Notification.show(message, 10_000, Notification.Position.MIDDLE);
      notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
      notice.setId("failure-notice");
    }
  }

  private static Optional<ExpectedFailure> expected(Throwable failure) {
    for (Throwable cause = failure;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof ExpectedFailure known) {
        return Optional.of(known);
      }
    }
    return DatabaseRefusal.behind(failure);
  }
}
