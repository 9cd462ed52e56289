package org.trayflow.ui.notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.trayflow.notifications.DeadLetters;
import org.trayflow.ui.MainLayout;

/**
 * Messages Trayflow gave up sending after its last attempt, with why; the administrator sends them
 * again.
 */
@Route(value = "dead-letters", layout = MainLayout.class)
@PageTitle("Undelivered messages · Trayflow")
@RolesAllowed("TENANT_ADMIN")
@Dependent
public class DeadLettersView extends VerticalLayout {

  private final DeadLetters deadLetters;
  private final Grid<DeadLetters.DeadLetter> grid = new Grid<>();

  @Inject
  public DeadLettersView(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
    grid.setId("dead-letters");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(DeadLetters.DeadLetter::kind).setHeader("Message").setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::recipient).setHeader("For").setAutoWidth(true);
    grid.addColumn(letter -> letter.channel().toLowerCase(Locale.ROOT))
        .setHeader("By")
        .setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::attempts).setHeader("Attempts").setAutoWidth(true);
    grid.addColumn(DeadLetters.DeadLetter::lastError).setHeader("Last error");
    grid.addComponentColumn(
        letter -> {
          Button again = new Button("Send again", click -> sendAgain(letter));
          again.addClassName("send-again");
          again.addThemeVariants(ButtonVariant.LUMO_SMALL);
          return again;
        });
    add(
        new H2("Undelivered messages"),
        new Paragraph(
            "Fix the cause (an address, the mail server) first: each is"
                + " tried again from its first attempt at the next minute's run."),
        grid);
    refresh();
  }

  private void sendAgain(DeadLetters.DeadLetter letter) {
    if (deadLetters.redrive(letter.id())) {
      Notification.show(
          "It goes out again within a minute.", 4000, Notification.Position.TOP_CENTER);
    }
    refresh();
  }

  private void refresh() {
    grid.setItems(deadLetters.newest(200));
  }
}
