package org.trayflow.ui.kitchen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trayflow.ids.OrderId;
import org.trayflow.kitchen.KitchenProgress;
import org.trayflow.kitchen.Production;
import org.trayflow.ordering.OrderStatus;
import org.trayflow.platform.ExpectedFailure;
import org.trayflow.tenantconfig.MealPeriod;
import org.trayflow.ui.FailureWords;
import org.trayflow.ui.Translations;

/**
 * The kitchen's confirmation before orders move on, naming how many: the orders chosen, or the
 * whole meal. While the meal can still be ordered or cancelled, starting all of it says so and asks
 * for "start anyway", since orders placed after would be left behind and their orderers would lose
 * their Cancel button.
 */
class MoveOrdersDialog extends Dialog {

  private final Grid<Production.Ticket> orders = new Grid<>();
  private final Button moveChosen = new Button();

  MoveOrdersDialog(
      KitchenProgress progress,
      List<Production.Ticket> tickets,
      String site,
      LocalDate day,
      MealPeriod meal,
      OrderStatus to,
      Runnable moved) {
    OrderStatus from = to.comesAfter().orElseThrow();
    String fromWords = getTranslation("stage." + from.name());
    String toWords = getTranslation("stage." + to.name());
    setHeaderTitle(meal.name() + ": " + fromWords + " → " + toWords);
    setId("move-orders-dialog");
    setWidth("44em");
    setMaxWidth("100%");
    KitchenProgress.Move all =
        new KitchenProgress.Move(
            site, day, meal.id().value(), Optional.empty(), Optional.empty(), to);
    int movable = progress.countMovable(all);
    Optional<String> stillOpen =
        to == OrderStatus.IN_PREPARATION ? progress.stillOpen(all) : Optional.empty();

    Paragraph count =
        new Paragraph(
            Translations.counted("move.count", movable, fromWords, toWords)
                + (movable < tickets.stream().filter(t -> t.status().equals(from.name())).count()
                    ? " " + getTranslation("move.flaggedStay")
                    : ""));
    count.setId("move-count");
    add(count);
    stillOpen.ifPresent(
        until -> {
          Paragraph warning = new Paragraph(getTranslation("move.stillOpen", until));
          warning.setId("move-still-open");
          warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
          add(warning);
        });

    orders.setId("move-orders");
    orders.setSelectionMode(Grid.SelectionMode.MULTI);
    orders
        .addColumn(Production.Ticket::location)
        .setHeader(getTranslation("move.where"))
        .setAutoWidth(true);
    orders
        .addColumn(Production.Ticket::orderId)
        .setHeader(getTranslation("move.order"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    orders
        .addColumn(Production.Ticket::orderer)
        .setHeader(getTranslation("move.orderedBy"))
        .setAutoWidth(true);
    orders
        .addColumn(ticket -> String.join(", ", ticket.lines()))
        .setHeader(getTranslation("move.dishes"))
        .setFlexGrow(2);
    orders.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    orders.setItems(tickets.stream().filter(t -> t.status().equals(from.name())).toList());
    orders.setAllRowsVisible(true);
    orders.addSelectionListener(selection -> chosenChanged(toWords));
    add(orders);

    moveChosen.setId("move-chosen");
    moveChosen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    moveChosen.addClickListener(
        click ->
            move(
                progress,
                new KitchenProgress.Move(
                    site, day, meal.id().value(), Optional.empty(), Optional.of(chosen()), to),
                false,
                meal,
                to,
                moved));
    chosenChanged(toWords);
    Button moveAll =
        new Button(
            stillOpen.isPresent()
                ? getTranslation("move.startAllAnyway", movable)
                : Translations.counted("move.all", movable, toWords));
    moveAll.setId("move-all");
    moveAll.addThemeVariants(
        stillOpen.isPresent() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
    moveAll.setEnabled(movable > 0);
    moveAll.addClickListener(click -> move(progress, all, stillOpen.isPresent(), meal, to, moved));
    getFooter()
        .add(new Button(getTranslation("action.close"), click -> close()), moveAll, moveChosen);
  }

  private Set<OrderId> chosen() {
    return orders.getSelectedItems().stream()
        .map(Production.Ticket::orderId)
        .collect(Collectors.toSet());
  }

  private void chosenChanged(String toWords) {
    int chosen = chosen().size();
    moveChosen.setText(Translations.counted("move.chosen", chosen, toWords));
    moveChosen.setEnabled(chosen > 0);
  }

  private void move(
      KitchenProgress progress,
      KitchenProgress.Move move,
      boolean override,
      MealPeriod meal,
      OrderStatus to,
      Runnable moved) {
    try {
      int done = progress.move(move, override);
      close();
      moved.run();
      Notification.show(
          Translations.counted(
              "move.done", done, meal.name(), getTranslation("stage." + to.name())),
          4000,
          Notification.Position.TOP_CENTER);
    } catch (ExpectedFailure refused) {
      Notification.show(FailureWords.of(refused), 6000, Notification.Position.TOP_CENTER);
    }
  }
}
