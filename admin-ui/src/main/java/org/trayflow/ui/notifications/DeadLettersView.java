package org.trayflow.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.trayflow.notifications.DeadLetters;
import org.trayflow.ui.MainLayout;
import org.trayflow.ui.ScreenTitle;
import org.trayflow.ui.TitledScreen;

/**
 * Messages Trayflow gave up sending after its last attempt, with why; the administrator sends them
 * again.
 */
@Route(value = "dead-letters", layout = MainLayout.class)
@ScreenTitle("deadLetters.title")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class DeadLettersView extends VerticalLayout implements TitledScreen {

  private final DeadLetters deadLetters;
  private final Grid<DeadLetters.DeadLetter> grid = new Grid<>();

  @Inject
  public DeadLettersView(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
    grid.setId("dead-letters");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(DeadLetters.DeadLetter::kind)
        .setHeader(getTranslation("deadLetters.message"))
        .setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::recipient)
        .setHeader(getTranslation("deadLetters.for"))
        .setAutoWidth(true);
    grid.addColumn(letter -> letter.channel().toLowerCase(Locale.ROOT))
        .setHeader(getTranslation("deadLetters.by"))
        .setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::attempts)
        .setHeader(getTranslation("deadLetters.attempts"))
        .setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::lastError)
        .setHeader(getTranslation("deadLetters.lastError"));
    grid.addComponentColumn(
        letter -> {
          Button again =
              new Button(getTranslation("deadLetters.sendAgain"), click -> sendAgain(letter));
          again.addClassName("send-again");
          again.addThemeVariants(ButtonVariant.LUMO_SMALL);
          return again;
        });
    add(
        new H2(getTranslation("deadLetters.title")),
        new Paragraph(getTranslation("deadLetters.fixFirst")),
        grid);
    refresh();
  }

  private void sendAgain(DeadLetters.DeadLetter letter) {
    if (deadLetters.redrive(letter.id())) {
      Notification.show(
          getTranslation("deadLetters.goesOut"), 4000, Notification.Position.TOP_CENTER);
    }
    refresh();
  }

  private void refresh() {
    grid.setItems(deadLetters.newest(200));
  }
}
